import "server-only";
import { advisoryXactLock, db } from "../server/db";
import { offerInclude } from "../server/offers/store";
import { meili, offersIndex, offersIndexName } from "./client";
import { DOCUMENT_SHAPE, toOfferDocument, type OfferDocument } from "./document";
import { PUBLICATION_LOCK, REINDEX_LOCK } from "./locks";
import { writeSynonymSettings } from "./apply-synonyms";
import { assertSucceeded, ensureIndex, withIndexWriteLock, writeOffersToIndex } from "./sync";
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
 * Rebuilds the index from the database into a fresh index, swaps it in atomically (the live index
 * is never empty), then replays every outbox row newer than the snapshot into the new index, so a
 * publication made during the rebuild is not lost. One reindex at a time (a second one waits).
 */
export function reindex(opts: ReindexOptions = {}) {
  // The lock lives as long as this transaction's connection: a run that dies releases it.
  return db.$transaction(
    async (tx) => {
      await advisoryXactLock(tx, REINDEX_LOCK);
      return rebuild(opts);
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
}

async function rebuild(opts: ReindexOptions) {
  const live = offersIndexName();
  const fresh = `${live}_rebuild_${Date.now()}`;
  const batchSize = opts.batchSize ?? 1_000;
  await deleteAbandonedRebuilds(live);
  await ensureIndex(live);
  await ensureIndex(fresh);
  const freshIndex = meili().index<OfferDocument>(fresh);

  // Meilisearch queues the batches and indexes them together while the next page is read here;
  // waiting for each batch before reading the next left either side idle half of the time.
  const enqueued: { taskUid: number; size: number }[] = [];
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
        enqueued.push({ taskUid: (await freshIndex.addDocuments(docs)).taskUid, size: docs.length });
        cursor = page[page.length - 1].id;
      }
      return snapshot;
    },
    { isolationLevel: "RepeatableRead", timeout: 3_600_000, maxWait: 60_000 },
  );

  let indexed = 0;
  for (const { taskUid, size } of enqueued) {
    assertSucceeded(await meili().tasks.waitForTask(taskUid, REBUILD_WAIT));
    indexed += size;
    opts.onProgress?.(indexed);
  }

  await opts.beforeSwap?.();

  const replayed = await withIndexWriteLock(async (tx) => {
    // The swap takes the new index's settings: a synonym list saved during the rebuild (applied to
    // the old index under this lock) must not be lost with it.
    await writeSynonymSettings(freshIndex, await loadSynonymGroups(tx));
    await meili().swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TASK_WAIT);
    const rows = await tx.$queryRaw<{ serviceId: string }[]>`
      select distinct "serviceId" from "OutboxEvent" where id > ${snapshotOutboxId}`;
    await writeOffersToIndex(tx, rows.map((r) => r.serviceId), meili().index<OfferDocument>(live));
    // The new index holds the snapshot, which includes every outbox row up to it: draining those
    // again would rewrite every offer a seed or an import just published, 100,000 at a time.
    await tx.outboxEvent.updateMany({ where: { id: { lte: snapshotOutboxId }, processedAt: null }, data: { processedAt: new Date() } });
    return rows.length;
  });
  await meili().deleteIndex(fresh).waitTask(TASK_WAIT);
  return { indexed, replayed };
}

/**
 * A reindex whose process or Meilisearch died mid-way leaves its half-built index behind. Under
 * the reindex lock no other run is building, so every such index is abandoned.
 */
async function deleteAbandonedRebuilds(live: string) {
  const { results } = await meili().getRawIndexes({ limit: 1_000 });
  for (const { uid } of results) {
    if (uid.startsWith(`${live}_rebuild_`)) await meili().deleteIndex(uid).waitTask(TASK_WAIT);
  }
}

/**
 * Rebuilds the index if it holds documents of an older shape (DOCUMENT_SHAPE), e.g. after an
 * update that added a field the site reads. Run when the site starts, so an update cannot leave
 * the facets empty until someone remembers `npm run reindex`. Returns whether it rebuilt.
 */
export async function rebuildIfOutdated(): Promise<boolean> {
  await ensureIndex(); // the settings make `shape` filterable
  const { totalHits } = await offersIndex().search("", { filter: `shape NOT EXISTS OR shape != ${DOCUMENT_SHAPE}`, hitsPerPage: 0 });
  if (!totalHits) return false;
  await reindex();
  return true;
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
