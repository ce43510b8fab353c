import "server-only";
import type { Index } from "meilisearch";
import { advisoryXactLock, db, type Tx } from "../server/db";
import { offerInclude } from "../server/offers/store";
import { meili, offersIndexName } from "./client";
import { toOfferDocument, type OfferDocument } from "./document";
import { INDEX_WRITE_LOCK } from "./locks";
import { indexSettings } from "./settings";
import { loadSynonymGroups } from "./synonym-groups";

/** How long index writers wait for a Meilisearch task, and how often they ask. */
export const TASK_WAIT = { timeout: 60_000, interval: 10 };

/**
 * Creates the index if needed and applies the settings with the synonym list of the database
 * (idempotent: Meilisearch leaves unchanged settings alone). The site runs it at start, so a list
 * edited while the index was unreachable arrives then.
 */
export async function ensureIndex(name = offersIndexName()) {
  const exists = await meili().getRawIndex(name).then(() => true, () => false);
  if (!exists) await meili().createIndex(name, { primaryKey: "id" }).waitTask(TASK_WAIT);
  await meili().index(name).updateSettings(indexSettings(await loadSynonymGroups())).waitTask(TASK_WAIT);
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
  const { docs, remove } = await loadDocuments(tx, ids);
  if (docs.length) await index.addDocuments(docs).waitTask(TASK_WAIT).then(assertSucceeded);
  if (remove.length) await index.deleteDocuments(remove).waitTask(TASK_WAIT).then(assertSucceeded);
}

/** Meilisearch reports a failed task as a finished one: this makes it an error. */
export function assertSucceeded(task: { status: string; error?: { message: string } | null }) {
  if (task.status !== "succeeded") throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? ""}`);
}

/** Delay before the n-th retry of a failed outbox row: 1 s, 2 s, 4 s ... capped at 5 minutes. */
export const retryDelayMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);

/**
 * Drains due outbox rows into the index, oldest first, in batches. Failed rows stay in the outbox
 * with a later retry time; nothing is deleted, so a reindex can replay them.
 */
export async function drainOutbox(opts: { batchSize?: number; indexName?: string } = {}) {
  const batchSize = opts.batchSize ?? 200;
  const index = meili().index<OfferDocument>(opts.indexName ?? offersIndexName());
  let processed = 0;
  let failed = 0;
  for (;;) {
    const batch = await withIndexWriteLock(async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; serviceId: string; attempts: number }[]>`
        select id, "serviceId", attempts from "OutboxEvent"
        where "processedAt" is null and "nextAttemptAt" <= now()
        order by id limit ${batchSize} for update skip locked`;
      if (rows.length === 0) return { size: 0, ok: true };
      const ids = rows.map((r) => r.id);
      try {
        await writeOffersToIndex(tx, [...new Set(rows.map((r) => r.serviceId))], index);
        await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date() } });
        return { size: rows.length, ok: true };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        for (const r of rows) {
          await tx.outboxEvent.update({
            where: { id: r.id },
            data: {
              attempts: r.attempts + 1,
              nextAttemptAt: new Date(Date.now() + retryDelayMs(r.attempts + 1)),
              lastError: message.slice(0, 2000),
            },
          });
        }
        return { size: rows.length, ok: false };
      }
    });
    if (batch.size === 0) break;
    if (!batch.ok) {
      failed += batch.size;
      break; // the index is unreachable or refusing: leave the rest for the retry timer
    }
    processed += batch.size;
  }
  return { processed, failed };
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
