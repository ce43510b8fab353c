import "server-only";
import { outboxBacklog, type ReplicaBacklog } from "../../search/backlog";
import { offersIndexName, searchReplicas, type SearchReplica } from "../../search/client";
import { db } from "../db";
import { env } from "../env";

/** Each check gives up after this long: a server that does not answer is down for a probe. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * What /api/ready reports. Replicas are numbered in MEILI_HOST's order: no host names, keys,
 * error texts or personal data, since the probe may be reachable from outside.
 * - "unavailable" (503): the database does not answer, no replica answers, or a replica that
 *   answers has a change older than READY_MAX_BACKLOG_SECONDS still to index (its searches are stale).
 * - "degraded" (200): some replica does not answer while another does. Every instance shares the
 *   replicas, so a 503 here would take every instance out of the load balancer although the
 *   searches go to a replica that answers; monitoring alerts on the body's status instead.
 * - "ok" (200).
 */
export type Readiness = {
  status: "ok" | "degraded" | "unavailable";
  problems: string[];
  database: { reachable: boolean };
  replicas: { replica: number; reachable: boolean; pending: number | null; oldestAgeSeconds: number | null }[];
  maxBacklogSeconds: number;
};

function within<T>(promise: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const answers = (check: Promise<unknown>) => within(check).then(() => true, () => false);

/** The search key's way in: a search on the offers index, as residents' searches do. */
const replicaAnswers = (replica: SearchReplica) =>
  answers(replica.search.index(offersIndexName()).search("", { limit: 0 }, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) }));

export async function checkReadiness(now = new Date()): Promise<Readiness> {
  const replicas = searchReplicas();
  const [database, reachable, backlog] = await Promise.all([
    answers(db.$queryRaw`select 1`),
    Promise.all(replicas.map(replicaAnswers)),
    within(outboxBacklog()).catch((): ReplicaBacklog[] | null => null),
  ]);
  const maxBacklogSeconds = env.READY_MAX_BACKLOG_SECONDS;
  const report = replicas.map((r, i) => {
    const b = backlog?.find((x) => x.host === r.host);
    return {
      replica: i + 1,
      reachable: reachable[i],
      pending: b ? b.pending : null,
      oldestAgeSeconds: b?.oldestAt ? Math.max(0, Math.floor((now.getTime() - b.oldestAt.getTime()) / 1000)) : null,
    };
  });

  const problems: string[] = [];
  if (!database) problems.push("database unreachable");
  for (const r of report) {
    if (!r.reachable) problems.push(`replica ${r.replica} unreachable`);
    else if ((r.oldestAgeSeconds ?? 0) > maxBacklogSeconds) problems.push(`replica ${r.replica} backlog older than ${maxBacklogSeconds} s`);
  }
  const lagging = report.some((r) => r.reachable && (r.oldestAgeSeconds ?? 0) > maxBacklogSeconds);
  const status = !database || !reachable.some(Boolean) || lagging ? "unavailable" : reachable.every(Boolean) ? "ok" : "degraded";
  return { status, problems, database: { reachable: database }, replicas: report, maxBacklogSeconds };
}
