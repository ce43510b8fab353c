import "server-only";
import { db } from "../server/db";
import { searchReplicas } from "./client";

/** What the outbox still has to write to one replica. */
export type ReplicaBacklog = { host: string; pending: number; oldestAt: Date | null };

/**
 * The outbox's backlog per replica (for /api/ready and monitoring). Until per-replica progress
 * exists every replica has the same backlog: the rows not yet processed.
 */
export async function outboxBacklog(): Promise<ReplicaBacklog[]> {
  const [{ pending, oldestAt }] = await db.$queryRaw<{ pending: bigint; oldestAt: Date | null }[]>`
    select count(*) as pending, min("createdAt") as "oldestAt" from "OutboxEvent" where "processedAt" is null`;
  return searchReplicas().map(({ host }) => ({ host, pending: Number(pending), oldestAt }));
}
