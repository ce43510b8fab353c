import { beforeAll, describe, expect, it } from "vitest";
import { publishOffer } from "../../server/offers/publish";
import { readOfferData } from "../../server/offers/store";
import { meili, offersIndex, offersIndexName } from "../../search/client";
import { drainOutbox, ensureIndex, pruneOutbox } from "../../search/sync";
import { rebuildIfOutdated, reindex } from "../../search/reindex";
import { DOCUMENT_SHAPE } from "../../search/document";
import { startOutboxWorker } from "../../search/worker";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData } from "../setup/fixtures";

const { db } = setupTestDatabase();

async function publish(data: ReturnType<typeof offerData>) {
  return db.$transaction((tx) => publishOffer(tx, data, { source: "IMPORT" }));
}

async function getDoc(id: string) {
  return offersIndex().getDocument(id).catch(() => null);
}

beforeAll(async () => {
  await createReferenceData(db);
  await ensureIndex();
});

describe("publication", () => {
  it("writes the offer, a history entry with the next version and an outbox row in one go", async () => {
    const data = offerData();
    expect(await publish(data)).toEqual({ id: data.id, version: 1 });
    expect(await publish({ ...data, name: "Schuldnerberatung Neu" })).toEqual({ id: data.id, version: 2 });
    const versions = await db.serviceVersion.findMany({ where: { serviceId: data.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await db.outboxEvent.count({ where: { serviceId: data.id } })).toBe(2);
    expect((await readOfferData(db, data.id))?.name).toBe("Schuldnerberatung Neu");
  });

  it("leaves nothing behind when the data is invalid", async () => {
    const data = offerData({ handlungsfelder: ["99"] });
    await expect(publish(data)).rejects.toThrow(/unknown handlungsfeld/);
    expect(await db.service.findUnique({ where: { id: data.id } })).toBeNull();
    expect(await db.outboxEvent.count({ where: { serviceId: data.id } })).toBe(0);
  });
});

describe("outbox drain", () => {
  // Behaviour, not speed (the bench times publication -> searchable): with polling slowed to a
  // minute, only the NOTIFY path can bring the offer into the index before the deadline, which
  // leaves room for a loaded machine.
  it("makes a publication searchable through the worker's NOTIFY path, without waiting for a poll", async () => {
    const stop = startOutboxWorker({ log: () => {}, pollMs: 60_000 });
    try {
      const data = offerData({ name: "Wohngeldstelle Sekundentest" });
      const started = Date.now();
      await publish(data);
      let found = false;
      while (!found && Date.now() - started < 15_000) {
        const res = await offersIndex().search("Sekundentest");
        found = res.hits.some((h) => h.id === data.id);
        if (!found) await new Promise((r) => setTimeout(r, 25));
      }
      expect(found).toBe(true);
    } finally {
      await stop();
    }
  });

  it("never indexes a hidden address", async () => {
    const data = offerData({ name: "Frauenhaus Test", addressVisibility: "HIDDEN" });
    await publish(data);
    await drainOutbox();
    const doc = await getDoc(data.id);
    expect(doc).not.toBeNull();
    const raw = JSON.stringify(doc);
    expect(raw).not.toContain("Markt 1");
    expect(raw).not.toContain("50.97");
    expect(doc?.hasPublicAddress).toBe(false);
    expect(doc?.planungsraum).toEqual([]);
  });

  it("removes an offer from the index when it is no longer active", async () => {
    const data = offerData({ name: "Bald geschlossen" });
    await publish(data);
    await drainOutbox();
    expect(await getDoc(data.id)).not.toBeNull();
    await publish({ ...data, status: "inactive" });
    await drainOutbox();
    expect(await getDoc(data.id)).toBeNull();
  });

  it("keeps a change whose index update failed and applies it on retry", async () => {
    const data = offerData({ name: "Retrytest Beratung" });
    await publish(data);
    // Make the index refuse the write: drain into an index name Meilisearch rejects.
    const result = await drainOutbox({ indexName: "invalid index name!" });
    expect(result.failed).toBeGreaterThan(0);
    const row = await db.outboxEvent.findFirstOrThrow({ where: { serviceId: data.id } });
    expect(row.processedAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeTruthy();
    await db.outboxEvent.updateMany({ where: { processedAt: null }, data: { nextAttemptAt: new Date() } });
    await drainOutbox();
    expect((await getDoc(data.id))?.name).toBe("Retrytest Beratung");
    expect((await db.outboxEvent.findFirstOrThrow({ where: { id: row.id } })).processedAt).not.toBeNull();
  });

  it("never lets an older version overwrite a newer one", async () => {
    const data = offerData({ name: "Version eins" });
    await publish(data);
    await publish({ ...data, name: "Version zwei" });
    // Process the two rows in separate, reversed drains: the newest state must win either way.
    const rows = await db.outboxEvent.findMany({ where: { serviceId: data.id }, orderBy: { id: "desc" } });
    await db.outboxEvent.updateMany({ where: { id: rows[1].id }, data: { nextAttemptAt: new Date(Date.now() + 60_000) } });
    await drainOutbox();
    await db.outboxEvent.updateMany({ where: { id: rows[1].id }, data: { nextAttemptAt: new Date() } });
    await drainOutbox();
    const doc = await getDoc(data.id);
    expect(doc).toMatchObject({ name: "Version zwei", version: 2 });
  });
});

describe("outbox housekeeping", () => {
  it("deletes rows processed long ago and never a pending one", async () => {
    const data = offerData({ name: "Aufräumtest" });
    await publish(data);
    await publish({ ...data, name: "Aufräumtest 2" });
    const [older, newer] = await db.outboxEvent.findMany({ where: { serviceId: data.id }, orderBy: { id: "asc" } });
    await db.outboxEvent.update({ where: { id: older.id }, data: { processedAt: new Date("2020-01-01") } });
    await db.outboxEvent.update({ where: { id: newer.id }, data: { createdAt: new Date("2020-01-01") } }); // old but pending
    expect(await pruneOutbox(7)).toBeGreaterThanOrEqual(1);
    const left = await db.outboxEvent.findMany({ where: { serviceId: data.id } });
    expect(left.map((r) => r.id)).toEqual([newer.id]);
  });
});

describe("reindex", () => {
  it("rebuilds without an empty window and keeps a publication made during the rebuild", async () => {
    await drainOutbox();
    const before = (await offersIndex().getStats()).numberOfDocuments;
    expect(before).toBeGreaterThan(0);
    const during = offerData({ name: "Waehrend des Neuaufbaus veroeffentlicht" });
    let countDuringRebuild = -1;
    const result = await reindex({
      beforeSwap: async () => {
        countDuringRebuild = (await offersIndex().getStats()).numberOfDocuments;
        await publish(during);
        await drainOutbox(); // lands in the old index, which the swap throws away
      },
    });
    expect(countDuringRebuild).toBe(before);
    expect(result.replayed).toBeGreaterThanOrEqual(1);
    expect((await getDoc(during.id))?.name).toBe(during.name);
    const indexes = await meili().getRawIndexes({ limit: 1000 });
    expect(indexes.results.filter((i) => i.uid.startsWith(`${offersIndexName()}_rebuild_`))).toEqual([]);
  });

  it("leaves the outbox rows its snapshot covers processed, so a bulk publication is not indexed twice", async () => {
    await drainOutbox();
    const pending = [offerData({ name: "Vor dem Neuaufbau A" }), offerData({ name: "Vor dem Neuaufbau B" })];
    for (const offer of pending) await publish(offer);
    const ids = pending.map((o) => o.id);
    expect(await db.outboxEvent.count({ where: { serviceId: { in: ids }, processedAt: null } })).toBe(2);
    await reindex();
    expect(await db.outboxEvent.count({ where: { serviceId: { in: ids }, processedAt: null } })).toBe(0);
    for (const offer of pending) expect((await getDoc(offer.id))?.name).toBe(offer.name);
    expect(await drainOutbox()).toEqual({ processed: 0, failed: 0, outdated: [] });
  });

  it("rebuilds once when documents of an older shape are in the index, and not again", async () => {
    await drainOutbox();
    expect(await rebuildIfOutdated()).toEqual([]);
    const offer = offerData({ name: "Dokument in alter Form" });
    await publish(offer);
    await drainOutbox();
    // What an index written before facetValues held: no shape, no facetValues.
    const { shape: _shape, facetValues: _facets, ...old } = (await getDoc(offer.id))!;
    await offersIndex().deleteDocument(offer.id).waitTask();
    await meili().index(offersIndexName()).addDocuments([old]).waitTask();
    expect((await getDoc(offer.id))?.facetValues).toBeUndefined();

    expect(await rebuildIfOutdated()).toEqual([{ host: process.env.MEILI_HOST, reason: "of an older shape" }]);
    expect(await getDoc(offer.id)).toMatchObject({ shape: DOCUMENT_SHAPE, facetValues: expect.arrayContaining(["handlungsfeld:4"]) });
    expect(await rebuildIfOutdated()).toEqual([]);
  });
});
