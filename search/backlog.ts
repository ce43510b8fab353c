import "server-only";
import { db } from "../server/db";
import { searchReplicas } from "./client";

/** What the outbox still has to write to one replica. */
export type ReplicaBacklog = { host: string; pending: number; oldestAt: Date | null };

/**
 * The outbox's backlog per replica (for /api/ready and monitoring): the unprocessed rows that
 * replica does not have yet, and when the oldest of them was written.
 */
export async function outboxBacklog(): Promise<ReplicaBacklog[]> {
  const hosts = searchReplicas().map((r) => r.host);
  const rows = await db.$queryRaw<{ host: string; pending: bigint; oldestAt: Date | null }[]>`
    select h.host, count(o.id) as pending, min(o."createdAt") as "oldestAt"
    from unnest(${hosts}::text[]) as h(host)
    left join "OutboxEvent" o on o."processedAt" is null and not (h.host = any(o."deliveredTo"))
    group by h.host`;
  const byHost = new Map(rows.map((r) => [r.host, r]));
  return hosts.map((host) => ({ host, pending: Number(byHost.get(host)?.pending ?? 0), oldestAt: byHost.get(host)?.oldestAt ?? null }));
}
