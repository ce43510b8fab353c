import "server-only";
import { MeilisearchApiError, type Index, type Meilisearch } from "meilisearch";
import { advisoryXactLock, db, type Tx } from "../server/db";
import { messageOf } from "../server/log";
import { offerInclude } from "../server/offers/store";
import { offersIndexName, searchReplicas, type SearchReplica } from "./client";
import { DOCUMENT_SHAPE, toOfferDocument, type OfferDocument } from "./document";
import { INDEX_WRITE_LOCK } from "./locks";
import { coolingDown, markReplicaAnswered, markReplicaChecked, markReplicaFailed, replicaChecked, replicaDown, replicaFailedSinceStart } from "./replica-health";
import { indexSettings } from "./settings";
import { loadSynonymGroups } from "./synonym-groups";
import type { SynonymGroupData } from "./synonyms";

/** How long index writers wait for a Meilisearch task, and how often they ask. */
export const TASK_WAIT = { timeout: 60_000, interval: 10 };

/**
 * Creates the index on one replica if needed and applies the settings with the synonym list of
 * the database (idempotent: Meilisearch leaves unchanged settings alone). Returns whether the
 * index existed.
 */
export async function ensureIndexOn(client: Meilisearch, name: string, groups?: SynonymGroupData[]) {
  const existed = await indexExists(client, name);
  if (!existed) await client.createIndex(name, { primaryKey: "id" }).waitTask(TASK_WAIT).then(assertSucceeded);
  await client.index(name).updateSettings(indexSettings(groups ?? (await loadSynonymGroups()))).waitTask(TASK_WAIT).then(assertSucceeded);
  return existed;
}

const isApiError = (err: unknown, code: string) => err instanceof MeilisearchApiError && err.cause?.code === code;

function indexExists(client: Meilisearch, name: string) {
  return client.getRawIndex(name).then(
    () => true,
    (err) => {
      if (isApiError(err, "index_not_found")) return false;
      throw err; // unreachable or refusing: not a reason to create anything
    },
  );
}

/**
 * Creates the index on every replica if needed and applies the settings (see ensureIndexOn). The
 * site runs it at start, so a list edited while a replica was unreachable arrives then. Tries every
 * replica; throws afterwards, naming each one that failed.
 */
export async function ensureIndex(name = offersIndexName()) {
  const groups = await loadSynonymGroups();
  await forEveryReplica((replica) => ensureIndexOn(replica.admin, name, groups));
}

/** Runs `fn` on every replica at once; throws after all finished if any failed (naming them). */
export async function forEveryReplica(fn: (replica: SearchReplica) => Promise<unknown>) {
  const replicas = searchReplicas();
  const results = await Promise.allSettled(replicas.map(fn));
  const failures = results.flatMap((r, i) => (r.status === "rejected" ? [`${replicas[i].host}: ${messageOf(r.reason)}`] : []));
  results.forEach((r, i) => r.status === "rejected" && markReplicaFailed(replicas[i].host));
  if (failures.length) throw new Error(failures.join("; "));
}

/**
 * Why a replica's index must be rebuilt from the database, or null: it was missing, or it lacks
 * offers the outbox will not bring it (a replica added later, one that came back on an empty disk),
 * or it holds documents of an older shape (DOCUMENT_SHAPE: an update changed what they hold).
 * Applies the settings on the way (a missing index is created), so call it under the index write
 * lock.
 */
export async function outdatedReason(tx: Tx, replica: SearchReplica, name = offersIndexName(), opts = { applySettings: true }) {
  // Applying settings queues a task behind every other on the server: a drain's check skips it
  // unless the replica may have missed a synonym list (it failed since this process last checked).
  const existed = opts.applySettings || !(await indexExists(replica.admin, name))
    ? await ensureIndexOn(replica.admin, name, await loadSynonymGroups(tx))
    : true;
  const index = replica.admin.index<OfferDocument>(name);
  // Our settings make `shape` filterable: an index that refuses the filter was not set up by us.
  const older = await index
    .search("", { filter: `shape NOT EXISTS OR shape != ${DOCUMENT_SHAPE}`, hitsPerPage: 0 })
    .catch((err) => (isApiError(err, "invalid_search_filter") ? null : Promise.reject(err)));
  if (!older) return "without its settings";
  if (older.totalHits) return "of an older shape";
  // Every searchable offer must be in it, except those still on their way to it in the outbox (a
  // seed before its first drain, an index just created): the drain brings those. Fewer documents
  // than that: it lost some (came back on an empty disk, restored from an old copy).
  const [{ owed }] = await tx.$queryRaw<{ owed: bigint }[]>`
    select count(*) as owed from "Service" s where s.version > 0 and s.status = 'active'
      and not exists (select 1 from "OutboxEvent" o
        where o."serviceId" = s.id and o."processedAt" is null and not (${replica.host} = any(o."deliveredTo")))`;
  const { numberOfDocuments } = await index.getStats();
  if (numberOfDocuments >= Number(owed)) return null;
  if (!existed) return "missing";
  return numberOfDocuments === 0 ? "empty" : "incomplete";
}

/**
 * Runs `fn` in a transaction that holds the index write lock. Every index writer goes through
 * here, and each reads the offers' *current* published state inside it, so an older version can
 * never land after a newer one.
 */
export function withIndexWriteLock<T>(fn: (tx: Tx) => Promise<T>) {
  return db.$transaction(
    async (tx) => {
      await advisoryXactLock(tx, INDEX_WRITE_LOCK);
      return fn(tx);
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

export async function loadDocuments(tx: Tx, ids: string[]) {
  const services = await tx.service.findMany({ where: { id: { in: ids } }, include: offerInclude });
  const docs: OfferDocument[] = [];
  for (const s of services) {
    const doc = toOfferDocument(s);
    if (doc) docs.push(doc);
  }
  const keep = new Set(docs.map((d) => d.id));
  return { docs, remove: ids.filter((id) => !keep.has(id)) };
}

/** Writes the current state of the given offers to the index (call under the write lock). */
export async function writeOffersToIndex(tx: Tx, ids: string[], index: Index<OfferDocument>) {
  await writeDocuments(index, await loadDocuments(tx, ids));
}

async function writeDocuments(index: Index<OfferDocument>, { docs, remove }: { docs: OfferDocument[]; remove: string[] }) {
  if (docs.length) await index.addDocuments(docs).waitTask(TASK_WAIT).then(assertSucceeded);
  if (remove.length) await index.deleteDocuments(remove).waitTask(TASK_WAIT).then(assertSucceeded);
}

/** Meilisearch reports a failed task as a finished one: this makes it an error. */
export function assertSucceeded(task: { status: string; error?: { message: string } | null }) {
  if (task.status !== "succeeded") throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? ""}`);
}

/** Delay before the n-th retry of a failed outbox row: 1 s, 2 s, 4 s ... capped at 5 minutes. */
export const retryDelayMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);

type OutboxRow = { id: bigint; serviceId: string; attempts: number; deliveredTo: string[] };
type Delivery = { host: string; rows: OutboxRow[]; error?: string; outdated?: string };

/**
 * Drains due outbox rows into every replica, oldest first, in batches. Each row remembers the
 * replicas it reached (deliveredTo) and counts as processed once every configured replica has it.
 * A replica that fails leaves its rows due for a later retry (backoff per row) while the others go
 * on; one that failed in the last few seconds is not asked meanwhile. Nothing is deleted here, so a
 * reindex can replay rows. Returns the rows processed, the rows left failed, and the replicas
 * found outdated (missing, empty or of an older shape: the caller rebuilds them, outside the lock).
 */
export async function drainOutbox(opts: { batchSize?: number; indexName?: string } = {}) {
  const batchSize = opts.batchSize ?? 200;
  const name = opts.indexName ?? offersIndexName();
  const replicas = searchReplicas();
  const hosts = replicas.map((r) => r.host);
  const outdated = new Set<string>();
  await Promise.all(replicas.map((r) => retryNowIfBack(r)));
  let processed = 0;
  let failed = 0;
  for (;;) {
    // Replicas asked in this round: not those that failed a moment ago or wait for a rebuild.
    const asked = replicas.filter((r) => !coolingDown(r.host) && !outdated.has(r.host));
    if (asked.length === 0) break;
    const batch = await withIndexWriteLock(async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        select id, "serviceId", attempts, "deliveredTo" from "OutboxEvent"
        where "processedAt" is null and "nextAttemptAt" <= now()
          and not ("deliveredTo" @> ${asked.map((r) => r.host)}::text[])
        order by id limit ${batchSize} for update skip locked`;
      if (rows.length === 0) return null;
      const documents = await loadDocuments(tx, [...new Set(rows.map((r) => r.serviceId))]);
      const deliveries = await Promise.all(asked.map((replica) => deliver(tx, replica, name, rows, documents)));
      return { rows, deliveries: deliveries.filter((d) => d.rows.length > 0), ...(await record(tx, rows, deliveries, hosts)) };
    });
    if (!batch) break;
    for (const d of batch.deliveries) if (d.outdated) outdated.add(d.host);
    processed += batch.done;
    failed += batch.failed;
    // No replica took anything (unreachable or refusing) and no row was done (rows of a replica
    // removed from MEILI_HOST are, at once): leave the rest for the retry timer.
    if (batch.done === 0 && !batch.deliveries.some((d) => !d.error && !d.outdated)) break;
  }
  return { processed, failed, outdated: [...outdated] };
}

/**
 * A replica that did not answer and does again gets what it missed now, not when each row's
 * backoff (up to 5 minutes) ends. A short ping: a replica that hangs must not stall the drain.
 */
async function retryNowIfBack(replica: SearchReplica) {
  if (!replicaDown(replica.host) || coolingDown(replica.host)) return;
  const answers = await fetch(`${replica.host}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
  if (!answers) return markReplicaFailed(replica.host);
  markReplicaAnswered(replica.host);
  await db.$executeRaw`update "OutboxEvent" set "nextAttemptAt" = now()
    where "processedAt" is null and "nextAttemptAt" > now() and not (${replica.host} = any("deliveredTo"))`;
}

/** Writes a batch's documents to one replica: only the rows it does not have yet. */
async function deliver(tx: Tx, replica: SearchReplica, name: string, rows: OutboxRow[], documents: Awaited<ReturnType<typeof loadDocuments>>): Promise<Delivery> {
  const mine = rows.filter((r) => !r.deliveredTo.includes(replica.host));
  if (mine.length === 0) return { host: replica.host, rows: mine };
  try {
    // First contact (since this process started, or since the replica failed): an index that came
    // back empty or was never created must be rebuilt, not filled with this batch alone.
    if (!replicaChecked(replica.host, name)) {
      const reason = await outdatedReason(tx, replica, name, { applySettings: replicaFailedSinceStart(replica.host) });
      if (reason) return { host: replica.host, rows: mine, outdated: reason };
      markReplicaChecked(replica.host, name);
    }
    const ids = new Set(mine.map((r) => r.serviceId));
    await writeDocuments(replica.admin.index<OfferDocument>(name), {
      docs: documents.docs.filter((d) => ids.has(d.id)),
      remove: documents.remove.filter((id) => ids.has(id)),
    });
    markReplicaAnswered(replica.host);
    return { host: replica.host, rows: mine };
  } catch (err) {
    // An error answer (a refused task, a bad index name) comes from a replica that is up.
    if (!(err instanceof MeilisearchApiError)) markReplicaFailed(replica.host);
    return { host: replica.host, rows: mine, error: `${replica.host}: ${messageOf(err)}` };
  }
}

/** Records a batch's deliveries: who has each row, which rows are done, and a retry for the rest. */
async function record(tx: Tx, rows: OutboxRow[], deliveries: Delivery[], hosts: string[]) {
  for (const d of deliveries) {
    if (d.error || d.outdated || d.rows.length === 0) continue;
    await tx.$executeRaw`update "OutboxEvent" set "deliveredTo" = array_append("deliveredTo", ${d.host})
      where id = any(${d.rows.map((r) => String(r.id))}::bigint[]) and not (${d.host} = any("deliveredTo"))`;
  }
  const ids = rows.map((r) => String(r.id));
  const done = await tx.$executeRaw`update "OutboxEvent" set "processedAt" = now()
    where id = any(${ids}::bigint[]) and "deliveredTo" @> ${hosts}::text[]`;
  const errors = deliveries.filter((d) => d.error);
  const failedIds = new Set(errors.flatMap((d) => d.rows.map((r) => r.id)));
  const message = errors.map((d) => d.error).join("; ").slice(0, 2000);
  for (const r of rows.filter((row) => failedIds.has(row.id))) {
    await tx.outboxEvent.update({
      where: { id: r.id },
      data: { attempts: r.attempts + 1, nextAttemptAt: new Date(Date.now() + retryDelayMs(r.attempts + 1)), lastError: message },
    });
  }
  return { done, failed: failedIds.size };
}

/**
 * Deletes outbox rows that reached the index long ago. A reindex replays only rows newer than its
 * snapshot (minutes old), so a week of processed rows is plenty; unprocessed rows are never deleted.
 */
export async function pruneOutbox(keepDays = 7) {
  const { count } = await db.outboxEvent.deleteMany({
    where: { processedAt: { lt: new Date(Date.now() - keepDays * 86_400_000) } },
  });
  return count;
}
