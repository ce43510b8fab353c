import "server-only";
import type { Meilisearch } from "meilisearch";
import { advisoryXactLock, db } from "../server/db";
import { logMessage, messageOf } from "../server/log";
import { offerInclude } from "../server/offers/store";
import { offersIndexName, searchReplicas, type SearchReplica } from "./client";
import { toOfferDocument, type OfferDocument } from "./document";
import { PUBLICATION_LOCK, REINDEX_LOCK } from "./locks";
import { writeSynonymSettings } from "./apply-synonyms";
import { markReplicaChecked, markReplicaFailed } from "./replica-health";
import { assertSucceeded, ensureIndexOn, outdatedReason, withIndexWriteLock, writeOffersToIndex } from "./sync";
import { loadSynonymGroups } from "./synonym-groups";

const TASK_WAIT = { timeout: 120_000, interval: 20 };
/** The first queued batch may wait for all of them: Meilisearch indexes queued additions together. */
const REBUILD_WAIT = { timeout: 3_600_000, interval: 50 };

type ReindexOptions = {
  batchSize?: number;
  onStart?: (total: number) => void;
  onProgress?: (done: number) => void;
  /** Test hook: runs after the snapshot was read, before the swap. */
  beforeSwap?: () => Promise<void>;
};

/**
 * Rebuilds the index of every replica from the database into a fresh index, swaps it in atomically
 * (the live index is never empty), then replays every outbox row newer than the snapshot into the
 * new index, so a publication made during the rebuild is not lost. One reindex at a time (a second
 * one waits). A replica that fails on the way is left as it was while the others are rebuilt; the
 * reindex then throws, naming it.
 */
export function reindex(opts: ReindexOptions = {}) {
  return withReindexLock(() => rebuild(searchReplicas(), opts));
}

function withReindexLock<T>(fn: () => Promise<T>) {
  // The lock lives as long as this transaction's connection: a run that dies releases it.
  return db.$transaction(
    async (tx) => {
      await advisoryXactLock(tx, REINDEX_LOCK);
      return fn();
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
}

async function rebuild(replicas: SearchReplica[], opts: ReindexOptions) {
  const live = offersIndexName();
  const fresh = `${live}_rebuild_${Date.now()}`;
  const batchSize = opts.batchSize ?? 1_000;
  let targets = replicas;
  const failures: string[] = [];
  // Runs a step on every replica still being rebuilt; one that fails drops out of this run.
  const onEach = (step: (replica: SearchReplica) => Promise<unknown>) =>
    Promise.all(
      targets.map((replica) =>
        step(replica).catch((err) => {
          failures.push(`${replica.host}: ${messageOf(err)}`);
          markReplicaFailed(replica.host);
          targets = targets.filter((t) => t !== replica);
        }),
      ),
    );
  const giveUpIfNoneLeft = () => {
    if (targets.length === 0) throw new Error(`reindex failed: ${failures.join("; ")}`);
  };

  const groups = await loadSynonymGroups();
  await onEach(async ({ admin }) => {
    await deleteAbandonedRebuilds(admin, live);
    await ensureIndexOn(admin, live, groups);
    await ensureIndexOn(admin, fresh, groups);
  });
  giveUpIfNoneLeft();

  // Meilisearch queues the batches and indexes them together while the next page is read here;
  // waiting for each batch before reading the next left either side idle half of the time.
  const tasks = new Map<SearchReplica, number[]>(targets.map((r) => [r, []]));
  const sizes: number[] = [];
  const snapshotOutboxId = await db.$transaction(
    async (tx) => {
      const snapshot = await takeConsistentSnapshot(tx);
      const where = { version: { gt: 0 }, status: "active" as const };
      opts.onStart?.(await tx.service.count({ where }));
      let cursor: string | undefined;
      for (;;) {
        const page = await tx.service.findMany({
          where,
          include: offerInclude,
          orderBy: { id: "asc" },
          take: batchSize,
          ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        });
        if (page.length === 0) break;
        const docs = page.map(toOfferDocument).filter((d): d is OfferDocument => d !== null);
        await onEach(async (r) => tasks.get(r)!.push((await r.admin.index<OfferDocument>(fresh).addDocuments(docs)).taskUid));
        giveUpIfNoneLeft();
        sizes.push(docs.length);
        cursor = page[page.length - 1].id;
      }
      return snapshot;
    },
    { isolationLevel: "RepeatableRead", timeout: 3_600_000, maxWait: 60_000 },
  );

  let indexed = 0;
  for (let i = 0; i < sizes.length; i++) {
    await onEach(async (r) => assertSucceeded(await r.admin.tasks.waitForTask(tasks.get(r)![i], REBUILD_WAIT)));
    giveUpIfNoneLeft();
    indexed += sizes[i];
    opts.onProgress?.(indexed);
  }

  await opts.beforeSwap?.();

  const replayed = await withIndexWriteLock(async (tx) => {
    const rows = await tx.$queryRaw<{ serviceId: string }[]>`
      select distinct "serviceId" from "OutboxEvent" where id > ${snapshotOutboxId}`;
    // The swap takes the new index's settings: a synonym list saved during the rebuild (applied to
    // the old index under this lock) must not be lost with it.
    const latestGroups = await loadSynonymGroups(tx);
    await onEach(async ({ admin }) => {
      await writeSynonymSettings(admin.index(fresh), latestGroups);
      await admin.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TASK_WAIT).then(assertSucceeded);
      await writeOffersToIndex(tx, rows.map((r) => r.serviceId), admin.index<OfferDocument>(live));
    });
    giveUpIfNoneLeft();
    // Each rebuilt index holds the snapshot, which includes every outbox row up to it: draining
    // those again would rewrite every offer a seed or an import just published, 100,000 at a time.
    await tx.$executeRaw`update "OutboxEvent" set "deliveredTo" = array(select distinct unnest("deliveredTo" || ${targets.map((r) => r.host)}::text[]))
      where id <= ${snapshotOutboxId} and "processedAt" is null`;
    await tx.$executeRaw`update "OutboxEvent" set "processedAt" = now()
      where id <= ${snapshotOutboxId} and "processedAt" is null and "deliveredTo" @> ${searchReplicas().map((r) => r.host)}::text[]`;
    return rows.length;
  });
  await onEach(({ admin }) => admin.deleteIndex(fresh).waitTask(TASK_WAIT));
  for (const r of targets) markReplicaChecked(r.host, live);
  if (failures.length) throw new Error(`reindex failed on ${failures.join("; ")} (rebuilt: ${targets.map((r) => r.host).join(", ") || "none"})`);
  return { indexed, replayed, rebuilt: targets.map((r) => r.host) };
}

/**
 * A reindex whose process or Meilisearch died mid-way leaves its half-built index behind. Under
 * the reindex lock no other run is building, so every such index is abandoned.
 */
async function deleteAbandonedRebuilds(admin: Meilisearch, live: string) {
  const { results } = await admin.getRawIndexes({ limit: 1_000 });
  for (const { uid } of results) {
    if (uid.startsWith(`${live}_rebuild_`)) await admin.deleteIndex(uid).waitTask(TASK_WAIT);
  }
}

/** A replica rebuilt at start, and why. */
export type OutdatedReplica = { host: string; reason: string };

/**
 * Rebuilds each replica whose index is missing, empty while the catalogue is not, or of an older
 * shape (DOCUMENT_SHAPE), e.g. after an update that added a field the site reads, or a replica that
 * came back on an empty disk. Run when the site starts (and by the outbox worker when a drain finds
 * such a replica), so nobody has to remember `npm run reindex`. Only those replicas are rebuilt;
 * the others keep answering. Returns the replicas it rebuilt.
 */
export async function rebuildIfOutdated(): Promise<OutdatedReplica[]> {
  if ((await outdatedReplicas()).length === 0) return [];
  return withReindexLock(async () => {
    // Checked again under the lock: another site process that started at the same moment found
    // the same replicas outdated, and one of the two has just rebuilt them.
    const outdated = await outdatedReplicas();
    if (outdated.length) await rebuild(outdated.map((o) => o.replica), {});
    return outdated.map(({ replica, reason }) => ({ host: replica.host, reason }));
  });
}

/** The replicas whose index must be rebuilt; one that cannot be reached is left for later. */
function outdatedReplicas() {
  return withIndexWriteLock(async (tx) => {
    const found: { replica: SearchReplica; reason: string }[] = [];
    for (const replica of searchReplicas()) {
      try {
        const reason = await outdatedReason(tx, replica);
        if (reason) found.push({ replica, reason });
        else markReplicaChecked(replica.host, offersIndexName());
      } catch (err) {
        markReplicaFailed(replica.host);
        logMessage("warn", "search", `cannot check the index on ${replica.host}: ${messageOf(err)}`);
      }
    }
    return found;
  });
}

/**
 * Fixes the snapshot of a REPEATABLE READ transaction at a moment when no publication is in
 * flight, and returns the highest outbox id it sees. Outbox ids are handed out at insert, not at
 * commit, so without this a publication that took id N before the snapshot but committed after it
 * would be in neither the snapshot nor the replay (id > max).
 */
async function takeConsistentSnapshot(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const gate = db.$transaction(
    async (lockTx) => {
      await advisoryXactLock(lockTx, PUBLICATION_LOCK);
      locked();
      await released;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  await isLocked;
  try {
    const [{ max }] = await tx.$queryRaw<{ max: bigint | null }[]>`select max(id) as max from "OutboxEvent"`;
    return max ?? 0n;
  } finally {
    release();
    await gate;
  }
}
