import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { offerDataSchema } from "../../server/offers/schema";
import { readOfferData } from "../../server/offers/store";
import { demoMeasures, measures as realMeasures, offers, POPULATION_TOTAL_2023, seedDatabase, validateSeed } from "../../prisma/seed/index";
import { sameOffer } from "../../server/offers/compare";
import { assessIndicator } from "../../server/plan/evidence";
import { setupTestDatabase } from "../setup/database";
import { createUser } from "../setup/fixtures";

const { db } = setupTestDatabase();
const TERM_LABELS = path.resolve(import.meta.dirname, "../../prisma/seed/term-labels");

let firstRun: Awaited<ReturnType<typeof seedDatabase>>;

beforeAll(async () => {
  firstRun = await seedDatabase(db);
});

/** A second seed run over the whole demo data: a few seconds alone, minutes on a busy shared machine. */
const RESEED_TIMEOUT = 180_000;

describe("Eisenach seed", () => {
  it("is consistent in itself and every offer validates against the offer schema", () => {
    expect(() => validateSeed()).not.toThrow();
    for (const offer of offers) expect(() => offerDataSchema.parse(offer), offer.name).not.toThrow();
    expect(firstRun).toEqual({ offers: offers.length, published: offers.length });
  });

  it("publishes at least 60 active offers", async () => {
    const active = await db.service.count({ where: { status: "active", version: { gt: 0 } } });
    expect(active).toBeGreaterThanOrEqual(60);
    expect(await db.service.count({ where: { status: "inactive" } })).toBe(1);
    expect(await db.service.count({ where: { status: "temporarily_closed" } })).toBe(1);
  });

  it("uses all six Handlungsfelder, all eight Lebensphasen and all six Planungsräume", async () => {
    const used = async (key: string) =>
      db.taxonomyTerm.count({ where: { taxonomy: { key }, services: { some: {} } } });
    expect(await used("handlungsfeld")).toBe(6);
    expect(await used("lebensphase")).toBe(8);
    expect(await db.taxonomyTerm.count({ where: { taxonomy: { key: "angebotsart" }, services: { some: {} } } })).toBeGreaterThanOrEqual(20);

    const areas = await db.planningArea.findMany({
      include: { _count: { select: { locations: { where: { services: { some: {} } } }, services: true } } },
    });
    expect(areas).toHaveLength(6);
    for (const a of areas) expect(a._count.locations + a._count.services, a.code).toBeGreaterThan(0);
    expect(areas.every((a) => a.isDemo)).toBe(true);
  });

  it("keeps the women's shelter's address hidden but stored for planning", async () => {
    const hidden = await db.service.findMany({
      where: { addressVisibility: "HIDDEN" },
      include: { locations: { include: { location: true } }, phones: true },
    });
    expect(hidden.map((s) => s.name)).toEqual(["Frauenhaus Eisenach"]);
    const [shelter] = hidden;
    expect(shelter.anonymousPossible).toBe(true);
    expect(shelter.serviceAreaScope).toBe("CITY");
    expect(shelter.phones.length).toBeGreaterThan(0);
    expect(shelter.locations).toHaveLength(1);
    expect(shelter.locations[0].location.street).toBeTruthy();
    expect(shelter.locations[0].location.planningAreaId).toBeTruthy();

    const anonymous = await db.service.count({ where: { anonymousPossible: true, addressVisibility: { not: "HIDDEN" } } });
    expect(anonymous).toBeGreaterThanOrEqual(2);
  });

  it("has at least eight offers without an address, none of them with a location", async () => {
    const none = await db.service.findMany({ where: { addressVisibility: "NONE" }, include: { locations: true, phones: true } });
    expect(none.length).toBeGreaterThanOrEqual(8);
    for (const s of none) {
      expect(s.locations, s.name).toHaveLength(0);
      expect(s.phones.length > 0 || s.url !== null, s.name).toBe(true);
    }
  });

  it("offers at least ten entries named „…beratung“", async () => {
    const n = await db.service.count({ where: { name: { contains: "beratung", mode: "insensitive" } } });
    expect(n).toBeGreaterThanOrEqual(10);
  });

  it("links offers to plan measures and leaves some measures without offers", async () => {
    const measures = await db.measure.findMany({ include: { _count: { select: { services: true } } } });
    expect(measures).toHaveLength(Object.keys(realMeasures).length + Object.keys(demoMeasures).length);
    expect(measures.filter((m) => m._count.services > 0).length).toBeGreaterThanOrEqual(4);
    expect(measures.filter((m) => m._count.services === 0).length).toBeGreaterThanOrEqual(2);
    const pflege = measures.find((m) => m.title.includes("Pflegestützpunkt"));
    expect(["PLANNED", "DELAYED"]).toContain(pflege?.status);
    const mikro = await db.mikroprojekt.findMany();
    expect(mikro.length).toBeGreaterThanOrEqual(3);
    for (const p of mikro) {
      expect(p.amountCents).toBeLessThanOrEqual(100_000);
      expect(p.isDemo).toBe(true);
    }
    // domain.md: Stufe 3, about 350,000 EUR a year financed 70/30; 15,000 EUR for Mikroprojekte in 2021.
    expect(await db.planningPeriod.findFirstOrThrow({ select: { lszStage: true, capCents: true, landSharePercent: true } })).toEqual({ lszStage: 3, capCents: 350_000_00, landSharePercent: 70 });
    expect(await db.mikroprojektBudget.findUnique({ where: { year: 2021 } })).toEqual({ year: 2021, budgetCents: 15_000_00 });
  });

  it("gives every Handlungsfeld measures: the plan's real ones as they are, the others' invented ones marked demo", async () => {
    const fields = await db.taxonomyTerm.findMany({
      where: { taxonomy: { key: "handlungsfeld" } },
      select: { code: true, measures: { select: { id: true, isDemo: true, subGoalId: true, plannedCents: true, indicators: true, _count: { select: { services: true } } } } },
    });
    expect(fields).toHaveLength(6);
    for (const f of fields) expect(f.measures.length, `Handlungsfeld ${f.code}`).toBeGreaterThanOrEqual(2);
    // Handlungsfeld 4 is the seed slides' table: real, unchanged.
    const hf4 = fields.find((f) => f.code === "4")!.measures;
    expect(hf4).toHaveLength(4);
    expect(hf4.every((m) => !m.isDemo)).toBe(true);
    const demoIds = new Set(Object.values(demoMeasures).map((m) => m.id));
    const stored = fields.flatMap((f) => f.measures);
    const demo = stored.filter((m) => demoIds.has(m.id));
    expect(demo).toHaveLength(demoIds.size);
    for (const m of demo) {
      expect(m.isDemo).toBe(true);
      expect(m.subGoalId).not.toBeNull();
      expect(m.indicators.length).toBeGreaterThan(0);
    }
    // Only the one invented measure of plan.ts (the Fortschreibung) is demo among the real ones.
    expect(stored.filter((m) => !demoIds.has(m.id) && m.isDemo)).toHaveLength(1);
    expect(demo.filter((m) => m._count.services > 0).length).toBeGreaterThanOrEqual(8);
    expect(demo.filter((m) => m.plannedCents !== null).length).toBeGreaterThanOrEqual(8);
    for (const code of ["2", "5", "6"]) expect(new Set(fields.find((f) => f.code === code)!.measures.map((m) => m.subGoalId)).size, code).toBeGreaterThanOrEqual(2);
  });

  it("stores population by age band summing to the 2023 total", async () => {
    const sum = await db.populationFigure.aggregate({ where: { year: 2023 }, _sum: { count: true } });
    expect(sum._sum.count).toBe(POPULATION_TOTAL_2023);
    const over65 = await db.populationFigure.aggregate({ where: { year: 2023, ageFrom: { gte: 65 } }, _sum: { count: true } });
    expect(over65._sum.count).toBeGreaterThan(10_500);
    expect(over65._sum.count).toBeLessThan(12_000);
    expect(await db.populationFigure.count({ where: { isDemo: false } })).toBe(0);
    expect(await db.lifePhaseTarget.count()).toBe(8);
  });

  it("has demo need data for 2019-2024: population, households and four indicators per Planungsraum, all marked as demo", async () => {
    const years = await db.populationFigure.groupBy({ by: ["year"], _sum: { count: true }, orderBy: { year: "asc" } });
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    for (const y of years) expect(y._sum.count, String(y.year)).toBeGreaterThan(41_000);
    for (const y of years) expect(y._sum.count, String(y.year)).toBeLessThan(43_500);
    expect(await db.householdFigure.count()).toBe(6 * 6 * 5);
    expect(await db.indicatorValue.count()).toBe(6 * 6 * 4);
    const notDemo = { OR: [{ isDemo: false }, { source: { not: { startsWith: "Demo-Daten (erfunden)" } } }] };
    expect(await db.populationFigure.count({ where: notDemo })).toBe(0);
    expect(await db.householdFigure.count({ where: notDemo })).toBe(0);
    expect(await db.indicatorValue.count({ where: notDemo })).toBe(0);
    // One Planungsraum stands out, so that gap views have something to show.
    const sgb2 = await db.indicatorValue.findMany({ where: { year: 2024, indicator: { key: "sgb2_quote" } }, include: { planningArea: true }, orderBy: { value: "desc" } });
    expect(sgb2[0].planningArea.code).toBe("nord");
    expect(Number(sgb2[0].value)).toBeGreaterThan(2 * Number(sgb2.at(-1)!.value));
  });

  it("puts no template placeholder into any search document", async () => {
    const { reindex } = await import("../../search/reindex");
    const { offersIndex } = await import("../../search/client");
    const { indexed } = await reindex();
    const { results } = await offersIndex().getDocuments({ limit: 10_000 });
    expect(results).toHaveLength(indexed);
    expect(JSON.stringify(results)).not.toMatch(/\[(Platzhalter|Placeholder)\b/);
  });

  it("reads back every offer exactly as seeded", async () => {
    for (const offer of offers) {
      const stored = await readOfferData(db, offer.id);
      expect(stored, offer.name).not.toBeNull();
      expect(sameOffer(stored!, offerDataSchema.parse(offer), { rowIds: false }), offer.name).toBe(true);
    }
  });

  it("changes nothing when run again", async () => {
    const snapshot = async () => ({
      versions: await db.service.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
      history: await db.serviceVersion.count(),
      outbox: await db.outboxEvent.count(),
      terms: await db.taxonomyTerm.count(),
      streets: await db.planningAreaStreet.count(),
      population: await db.populationFigure.count(),
      households: await db.householdFigure.count(),
      indicators: await db.indicatorValue.count(),
      measureIndicators: await db.measureIndicator.count(),
      // Untouched, not rewritten: an organisation draft stays approvable after a re-seed.
      organisations: await db.organization.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    const again = await seedDatabase(db);
    expect(again).toEqual({ offers: offers.length, published: 0 });
    expect(await snapshot()).toEqual(before);
  }, RESEED_TIMEOUT);

  it("gives every term its labels from term-labels/<locale>.json and restores them when run again", async () => {
    const files = readdirSync(TERM_LABELS).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(TERM_LABELS, f), "utf8"))] as const);
    expect(files.map(([locale]) => locale)).toEqual(expect.arrayContaining(["uk", "ru"]));
    const debt = () => db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: { key: "angebotsart" }, code: "schuldnerberatung" } });
    const expected = {
      en: "Debt and insolvency counselling",
      "de-x-ls": "Hilfe bei Schulden",
      ...Object.fromEntries(files.map(([locale, labels]) => [locale, labels.angebotsart.schuldnerberatung])),
    };
    expect((await debt()).labels).toEqual(expected);
    for (const [locale, labels] of files) {
      for (const [key, byCode] of Object.entries(labels as Record<string, Record<string, string>>)) {
        const terms = await db.taxonomyTerm.findMany({ where: { taxonomy: { key } }, select: { code: true, labels: true } });
        for (const t of terms) expect((t.labels as Record<string, string>)[locale], `${locale} ${key} ${t.code}`).toBe(byCode[t.code]);
      }
    }
    // A re-seed writes the labels again: a corrected translation file reaches existing databases.
    const { id } = await debt();
    await db.taxonomyTerm.update({ where: { id }, data: { labels: { en: "stale" } } });
    await seedDatabase(db);
    expect((await debt()).labels).toEqual(expected);
  }, RESEED_TIMEOUT);

  it("keeps planners' edits to the plan when run again (they are in the plan's history, a re-seed is not)", async () => {
    const measure = await db.measure.findFirstOrThrow({ where: { code: "HF4-4" }, include: { indicators: true } });
    const goal = await db.goal.findFirstOrThrow();
    await db.measure.update({ where: { id: measure.id }, data: { title: "Geändert", retiredAt: new Date(), sortOrder: 5 } });
    await db.measureIndicator.update({ where: { id: measure.indicators[0].id }, data: { statement: "Geändert" } });
    await db.goal.update({ where: { id: goal.id }, data: { title: "Geändertes Ziel" } });
    await seedDatabase(db);
    expect(await db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({ title: "Geändert", retiredAt: expect.any(Date), sortOrder: 5 });
    expect((await db.measureIndicator.findUniqueOrThrow({ where: { id: measure.indicators[0].id } })).statement).toBe("Geändert");
    expect((await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).title).toBe("Geändertes Ziel");
  }, RESEED_TIMEOUT);

  it("creates no accounts: demo accounts come from `npm run demo` only, never from `npm run seed`", async () => {
    expect(await db.user.count()).toBe(0);
  });

  // Last: it creates an account.
  it("keeps a planner's assessment of an indicator when run again", async () => {
    const indicator = await db.measureIndicator.findFirstOrThrow({ where: { statement: "Konzept liegt vor" }, select: { id: true, fulfilled: true } });
    expect(indicator.fulfilled).toBeNull();
    const planner = await createUser(db, { role: "REVIEWER" });
    expect((await assessIndicator(planner, { indicatorId: indicator.id, fulfilled: "ja", assessedOn: "2026-01-15", note: "" })).ok).toBe(true);
    await seedDatabase(db);
    expect((await db.measureIndicator.findUniqueOrThrow({ where: { id: indicator.id } })).fulfilled).toBe(true);
  }, RESEED_TIMEOUT);
});
