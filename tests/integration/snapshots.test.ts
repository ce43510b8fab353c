import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { berlinDate } from "../../server/offers/staleness";
import type { OfferDataInput } from "../../server/offers/schema";
import { comparisonCsv } from "../../server/snapshots/csv";
import { freezeSnapshot, rebuildSnapshot } from "../../server/snapshots/mutations";
import { compareSnapshots, getSnapshot, listSnapshots } from "../../server/snapshots/queries";
import { createCoverageFixture } from "../setup/coverage-fixture";
import { setupTestDatabase } from "../setup/database";
import { offerData, publishTestOffer, testLocation } from "../setup/fixtures";

// Stichtag snapshots on the coverage fixture (tests/setup/coverage-fixture.ts, Handlungsfeld 4).
// Before: innenstadt Mobile Beratung (5 places, 1 VZÄ) + Offener Treff (no capacity data) = 2 / 5 / 1;
// oststadt Mobile Beratung + Schutzwohnung (8 places, hidden address) = 2 / 13 / 1; nord nothing.
// Then, published ten days later than the first versions: "Neue Beratung Nord" added in nord
// (6 places, 1.5 VZÄ), "Offener Treff" ended (inactive), Mobile Beratung 5 -> 9 places, and one
// measure moves from PLANNED to IN_PROGRESS. After: innenstadt 1 / 9 / 1, oststadt 2 / 17 / 1,
// nord 1 / 6 / 1.5; stadtweit and regional unchanged.

const { db } = setupTestDatabase();
let fixture: Awaited<ReturnType<typeof createCoverageFixture>>;
const reviewer = () => fixture.users.reviewer;
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => berlinDate(new Date(Date.now() - n * DAY));
let before: string;
let after: string;
let measureId: string;
let newOfferId: string;

async function frozen(label: string) {
  const r = await freezeSnapshot(reviewer(), { label });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

/** Publishes a new version of an offer: its last published document with `change` on top. */
async function republish(id: string, change: Partial<OfferDataInput>) {
  const last = await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id }, orderBy: { version: "desc" } });
  await publishTestOffer(db, { ...(last.data as OfferDataInput & { id: string }), ...change });
}

beforeAll(async () => {
  fixture = await createCoverageFixture(db);
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4", taxonomy: { key: "handlungsfeld" } } });
  const period = await db.planningPeriod.create({ data: { name: "Plan 2025–2030", startsOn: new Date("2025-01-01"), endsOn: new Date("2030-12-31") } });
  const measure = await db.measure.create({
    data: { periodId: period.id, handlungsfeldId: hf.id, code: "HF4-1", title: "Pflegestützpunkt aufbauen", indicators: { create: [{ statement: "Konzept liegt vor", fulfilled: true }, { statement: "Eröffnung" }] } },
  });
  await db.measure.create({ data: { periodId: period.id, handlungsfeldId: hf.id, code: "HF4-2", title: "Katalog erarbeiten", status: "ONGOING" } });
  measureId = measure.id;
  // The fixture's publications happened ten days ago; everything below happens today.
  await db.serviceVersion.updateMany({ data: { createdAt: new Date(Date.now() - 10 * DAY) } });
  before = await frozen("Vorher");

  newOfferId = await publishTestOffer(db, offerData({ name: "Neue Beratung Nord", serviceAreaScope: "PLANNING_AREAS", locations: [testLocation("nord")], planning: { places: 6, staffFte: 1.5 } }));
  await republish(fixture.ids.treff, { status: "inactive" });
  await republish(fixture.ids.mobile, { planning: { places: 9, staffFte: 1, acceptingNewClients: true, waitingTimeWeeks: 4 } });
  await db.measure.update({ where: { id: measureId }, data: { status: "IN_PROGRESS" } });
  after = await frozen("Nachher");
});

describe("comparing a snapshot with a later one", () => {
  it("shows exactly the offer added, the offer ended, the capacity change and the measure's new status", async () => {
    const { diff } = await compareSnapshots(reviewer(), before, after);
    expect(diff.added).toEqual([{ id: newOfferId, name: "Neue Beratung Nord", organization: "Testträger e. V." }]);
    expect(diff.ended).toEqual([{ id: fixture.ids.treff, name: "Offener Treff", organization: "Testträger e. V." }]);
    expect(diff.capacity).toEqual([
      {
        id: fixture.ids.mobile,
        name: "Mobile Beratung",
        organization: "Testträger e. V.",
        a: { places: 5, fte: 1, waitingWeeks: 4, acceptingNewClients: true },
        b: { places: 9, fte: 1, waitingWeeks: 4, acceptingNewClients: true },
      },
    ]);
    expect(diff.measures).toEqual([{ id: measureId, code: "HF4-1", title: "Pflegestützpunkt aufbauen", handlungsfeld: "4", a: "PLANNED", b: "IN_PROGRESS" }]);
    // Per Planungsraum x Handlungsfeld: only the three cells that changed, each with its reason.
    const cells = diff.cells.map((c) => ({ row: c.rowKey, col: c.columnCode, entered: c.entered.map((o) => `${o.name} (${o.kind})`), left: c.left.map((o) => `${o.name} (${o.kind})`), a: c.a, b: c.b }));
    expect(cells).toEqual([
      { row: "innenstadt", col: "4", entered: [], left: ["Offener Treff (ended)"], a: { offers: 2, places: 5, fte: 1 }, b: { offers: 1, places: 9, fte: 1 } },
      { row: "nord", col: "4", entered: ["Neue Beratung Nord (new)"], left: [], a: { offers: 0, places: null, fte: null }, b: { offers: 1, places: 6, fte: 1.5 } },
      { row: "oststadt", col: "4", entered: [], left: [], a: { offers: 2, places: 13, fte: 1 }, b: { offers: 2, places: 17, fte: 1 } },
    ]);
  });

  it("gives the comparison as CSV for German Excel, one line per change", async () => {
    const csv = comparisonCsv(await compareSnapshots(reviewer(), before, after));
    expect(csv).toContain("Art;Planungsraum;Handlungsfeld;Angebot / Maßnahme;Träger;vorher;nachher\r\n");
    expect(csv).toContain("Angebot neu;Nord;Beratung, Unterstützung und Information;Neue Beratung Nord;Testträger e. V.;;\r\n");
    expect(csv).toContain("Angebot beendet;Innenstadt;Beratung, Unterstützung und Information;Offener Treff;Testträger e. V.;;\r\n");
    expect(csv).toContain("Plätze;;;Mobile Beratung;Testträger e. V.;5;9\r\n");
    expect(csv).toContain("Status der Maßnahme;;Beratung, Unterstützung und Information;HF4-1 Pflegestützpunkt aufbauen;;geplant;in Umsetzung\r\n");
  });
});

describe("a frozen snapshot", () => {
  it("counts as the coverage matrix did that day, and its offers sum to the same matrix", async () => {
    const snapshot = await getSnapshot(reviewer(), after);
    const today = await getCoverageMatrix(reviewer(), {});
    const figures = (rows: { key: string; cells: { offers: number; places: number | null }[] }[]) => rows.map((r) => [r.key, r.cells.map((c) => [c.offers, c.places])]);
    expect(figures(snapshot.content.matrix.rows)).toEqual(figures(today.rows));
    // Rebuilt from history for today, the same offers give the same matrix: one counting rule.
    const rebuilt = await rebuildSnapshot(reviewer(), { label: "Heute aus dem Verlauf", stichtag: berlinDate() });
    const content = (await getSnapshot(reviewer(), rebuilt.ok && rebuilt.id)).content;
    expect(content.offers).toEqual(snapshot.content.offers);
    expect(content.matrix).toEqual(snapshot.content.matrix);
    expect(snapshot.content.plan?.measures.map((m) => [m.code, m.status, m.indicators])).toEqual([
      ["HF4-1", "IN_PROGRESS", { fulfilled: 1, notFulfilled: 0, open: 1 }],
      ["HF4-2", "ONGOING", { fulfilled: 0, notFulfilled: 0, open: 0 }],
    ]);
  });

  it("never stores a hidden address, yet the offer counts in its Planungsraum", async () => {
    const rebuilt = await rebuildSnapshot(reviewer(), { label: "Verlauf", stichtag: daysAgo(5) });
    for (const id of [before, after, rebuilt.ok && rebuilt.id]) {
      const row = await db.snapshot.findUniqueOrThrow({ where: { id: id as string } });
      const json = JSON.stringify(row.content);
      expect(json).not.toContain("Geheimweg");
      expect(json).not.toMatch(/"(street|latitude|longitude|postalCode|locations)"/);
      const shelter = (await getSnapshot(reviewer(), id)).content.offers.find((o) => o.name === "Schutzwohnung");
      expect(shelter).toMatchObject({ rows: ["oststadt"], places: 8 });
    }
  });
});

describe("rebuilding a past Stichtag from the version history", () => {
  it("gives the earlier state: the offers and matrix of the first snapshot, without the plan", async () => {
    const r = await rebuildSnapshot(reviewer(), { label: "Vor fünf Tagen", stichtag: daysAgo(5) });
    expect(r.ok).toBe(true);
    const rebuilt = await getSnapshot(reviewer(), r.ok && r.id);
    const first = await getSnapshot(reviewer(), before);
    expect(rebuilt).toMatchObject({ kind: "REBUILT", stichtag: daysAgo(5), label: "Vor fünf Tagen" });
    expect(rebuilt.content.offers).toEqual(first.content.offers);
    expect(rebuilt.content.matrix).toEqual(first.content.matrix);
    // Measures keep no status history: the plan is missing, and the page says so.
    expect(rebuilt.content.plan).toBeNull();
    expect(rebuilt.content.missing).toEqual(["plan", "referenceData"]);
    const { diff } = await compareSnapshots(reviewer(), r.ok && r.id, after);
    expect(diff.measures).toBeNull();
    expect(diff.added.map((o) => o.name)).toEqual(["Neue Beratung Nord"]);
    expect(diff.ended.map((o) => o.name)).toEqual(["Offener Treff"]);
  });

  it("knows no offer before the first publication, and refuses a future date or a malformed one", async () => {
    const r = await rebuildSnapshot(reviewer(), { label: "Vor einem Monat", stichtag: daysAgo(30) });
    const early = await getSnapshot(reviewer(), r.ok && r.id);
    expect(early.content.offers).toEqual([]);
    expect(early.content.matrix.rows.every((row) => row.cells.every((c) => c.offers === 0))).toBe(true);
    expect(await rebuildSnapshot(reviewer(), { label: "Zukunft", stichtag: "2999-01-01" })).toEqual({ ok: false, errors: { stichtag: "future" } });
    expect(await rebuildSnapshot(reviewer(), { label: "", stichtag: "2024-02-30" })).toEqual({ ok: false, errors: { label: "required", stichtag: "notADate" } });
    expect(await freezeSnapshot(reviewer(), { label: "x".repeat(121) })).toEqual({ ok: false, errors: { label: "tooLong" } });
  });
});

describe("who may", () => {
  it("refuses providers and network partners every read and write; unknown ids are not found", async () => {
    const { provider, partner } = fixture.users;
    const count = await db.snapshot.count();
    for (const who of [provider, partner, null]) {
      await expect(freezeSnapshot(who as never, { label: "Fremd" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(rebuildSnapshot(who as never, { label: "Fremd", stichtag: "2024-01-01" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listSnapshots(who)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getSnapshot(who, before)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(compareSnapshots(who, before, after)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.snapshot.count()).toBe(count);
    for (const id of ["nicht-da", "00000000-0000-4000-8000-000000000000", ["x"], undefined])
      await expect(getSnapshot(reviewer(), id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSnapshots(reviewer())).map((s) => s.label)).toContain("Vorher");
  });
});
