import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCatalogue } from "../../scripts/bench/generate";
import { writeCatalogue } from "../../scripts/bench/write";
import { loadDocuments } from "../../search/sync";
import { publishOffer } from "../../server/offers/publish";
import { publishNewOffersInBulk } from "../../server/offers/publish-bulk";
import type { OfferDataInput } from "../../server/offers/schema";
import { readOfferData } from "../../server/offers/store";
import { setupTestDatabase } from "../setup/database";

// The bench's bulk publication path must leave exactly what publishOffer leaves for a new offer:
// the same offer read back, the same history snapshot, the same search document, an outbox row.
// The same offers go through both paths, the bulk copy under other ids; compared after mapping
// the copy's ids back (rows whose ids the database makes are compared without them).

const { db } = setupTestDatabase();
type Input = OfferDataInput & { id: string };

let single: Input[];
let bulk: Input[];
/** bulk id -> single id */
const idMap = new Map<string, string>();

/** Exercises every table: contacts, translations, planning, service areas and measures on some offers. */
function enrich(o: Input, i: number, measureId: string, areaCode: string): Input {
  if (i % 3 !== 0) return o;
  return {
    ...o,
    contacts: [{ name: "Frau Beispiel", title: "Beraterin", email: "beratung@example.invalid" }],
    translations: [{ locale: "en", name: `EN ${o.name}`, description: "An offer in English." }],
    planning: { staffFte: 1.5, places: 12, waitingTimeWeeks: 2, acceptingNewClients: true, legalBasis: "SGB VIII § 16" },
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaCodes: [areaCode],
    measureIds: [measureId],
  };
}

/** The same offer under new ids (offer and places); hours, phones and contacts get theirs from the database. */
function withNewIds(o: Input): Input {
  const copy: Input = { ...o, id: randomUUID(), locations: (o.locations ?? []).map((l) => ({ ...l, id: randomUUID() })) };
  idMap.set(copy.id, o.id);
  copy.locations!.forEach((l, i) => idMap.set(l.id, o.locations![i].id));
  return copy;
}

/** Maps the bulk copy's ids to the single ids and blanks ids the database generated (rows without an id in the input). */
function normalise(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v, key));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  if (typeof value === "string" && idMap.has(value)) return idMap.get(value);
  if (key === "id" && typeof value === "string" && ![...idMap.values()].includes(value)) return "<generated>";
  if (key === "modifiedAt") return "<publication time>"; // the two publications ran at different times
  return value;
}

const sortRows = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeAll(async () => {
  const catalogue = generateCatalogue(500, 7);
  await writeCatalogue(db, { ...catalogue, offers: [] });
  // 30 offers of every kind: hidden address (protection), no place (phone/online), public.
  const kind = (v: string, n: number) => catalogue.offers.filter((o) => o.data.addressVisibility === v).slice(0, n);
  const chosen = [...kind("HIDDEN", 3), ...kind("NONE", 7), ...kind("PUBLIC", 20)];
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: { key: "handlungsfeld" }, code: "4" } });
  const period = await db.planningPeriod.create({ data: { name: "Test", startsOn: new Date("2021-01-01"), endsOn: new Date("2022-12-31") } });
  const measure = await db.measure.create({ data: { periodId: period.id, handlungsfeldId: hf.id, title: "Testmaßnahme" } });
  single = chosen.map((o, i) => enrich(o.data, i, measure.id, catalogue.municipalities[0].key));
  bulk = single.map(withNewIds);

  for (const o of single) await db.$transaction((tx) => publishOffer(tx, o, { source: "SEED" }));
  await db.$transaction((tx) => publishNewOffersInBulk(tx, bulk, { source: "SEED" }));
});

describe("publishNewOffersInBulk", () => {
  it("covers hidden, place-less and ordinary offers in the compared set", () => {
    expect(single.filter((o) => o.addressVisibility === "HIDDEN")).toHaveLength(3);
    expect(single.filter((o) => o.addressVisibility === "NONE")).toHaveLength(7);
  });

  it("stores each offer as publishOffer does (read back, version, publication time set)", async () => {
    for (const b of bulk) {
      const a = idMap.get(b.id)!;
      const mine = await readOfferData(db, b.id);
      const theirs = await readOfferData(db, a);
      expect(mine).not.toBeNull();
      const norm = (d: NonNullable<typeof mine>) => ({
        ...d,
        schedules: sortRows(d.schedules),
        phones: sortRows(d.phones),
        contacts: sortRows(d.contacts),
        locations: d.locations.map((l) => ({ ...l, schedules: sortRows(l.schedules) })),
      });
      expect(norm(normalise(mine!) as typeof mine & object)).toEqual(norm(normalise(theirs!) as typeof mine & object));
      const [sb, sa] = await Promise.all([b.id, a].map((id) => db.service.findUniqueOrThrow({ where: { id }, select: { version: true, publishedAt: true, isDemo: true } })));
      expect(sb.version).toBe(1);
      expect(sb.publishedAt).not.toBeNull();
      expect({ ...sb, publishedAt: null }).toEqual({ ...sa, publishedAt: null });
    }
  });

  it("keeps the same history snapshot and queues the same outbox row", async () => {
    for (const b of bulk) {
      const a = idMap.get(b.id)!;
      const pick = { version: true, data: true, source: true, actorId: true, revisionId: true } as const;
      const vb = await db.serviceVersion.findMany({ where: { serviceId: b.id }, select: pick });
      const va = await db.serviceVersion.findMany({ where: { serviceId: a }, select: pick });
      expect(normalise(vb)).toEqual(normalise(va));
      const ob = await db.outboxEvent.findMany({ where: { serviceId: b.id }, select: { version: true, processedAt: true, attempts: true } });
      const oa = await db.outboxEvent.findMany({ where: { serviceId: a }, select: { version: true, processedAt: true, attempts: true } });
      expect(ob).toEqual(oa);
      expect(ob).toHaveLength(1);
    }
  });

  it("gives the same search documents", async () => {
    const { docs: mine, remove: gone } = await loadDocuments(db, bulk.map((o) => o.id));
    const { docs: theirs } = await loadDocuments(db, bulk.map((o) => idMap.get(o.id)!));
    const byId = new Map(theirs.map((d) => [d.id, d]));
    expect(mine.length).toBe(theirs.length);
    expect(gone.length).toBe(bulk.length - theirs.length);
    for (const d of mine) expect(normalise(d)).toEqual(normalise(byId.get(idMap.get(d.id)!)));
  });

  it("refuses an offer that exists already rather than overwriting it", async () => {
    await expect(db.$transaction((tx) => publishNewOffersInBulk(tx, [single[0]], { source: "SEED" }))).rejects.toThrow(/exist already/);
  });
});
