import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { listCellOffers } from "../../server/coverage/cell-offers";
import { getCoverageMatrix, type CoverageMatrix } from "../../server/coverage/matrix";
import { getAreaProfiles } from "../../server/coverage/profile";
import { setupTestDatabase } from "../setup/database";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { createReferenceData, createRoleUsers, offerData, ORG_ID, publishTestOffer } from "../setup/fixtures";

// The coverage matrix on a hand-computed fixture. Three Planungsräume (residents 2023: 0-64 / 65+):
// innenstadt 8,000 / 2,000, oststadt 4,000 / 1,000, nord 3,000 / 1,000 (19,000 in all; an older
// year with other numbers must be ignored). All offers are Handlungsfeld 4 and life phase senioren:
//   A "Stadtweite Beratung"  CITY, place in innenstadt, 10 places, 2 VZÄ, step-free   -> stadtweit only
//   B "Mobile Beratung"      OUTREACH to innenstadt + oststadt, no place, 5 places, 1 VZÄ, accepting
//   C "Schutzwohnung"        PLANNING_AREAS, hidden address in oststadt, 8 places, VZÄ unknown
//   D "Offener Treff"        PLANNING_AREAS, place in innenstadt, no capacity data, free, step-free
//   E "Landkreis-Beratung"   REGION, no place                                          -> regional
//   plus an inactive offer and an unpublished draft in nord, which count nowhere (nord is a gap).

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;

const place = (planningAreaCode: string, street: string, stepFree: boolean | null = null) => ({
  ...offerData().locations![0],
  id: crypto.randomUUID(),
  street,
  planningAreaCode,
  stepFree,
});

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  const population: Record<string, [number, number]> = { innenstadt: [8000, 2000], oststadt: [4000, 1000], nord: [3000, 1000] };
  for (const [code, [adults, seniors]] of Object.entries(population)) {
    const area =
      (await db.planningArea.findUnique({ where: { code } })) ??
      (await db.planningArea.create({
        data: { code, name: code === "nord" ? "Nord" : "Oststadt", centerLat: 50.98, centerLon: 10.32, term: { create: { taxonomyId: taxonomy.id, code, name: code } } },
      }));
    await db.populationFigure.createMany({
      data: [
        { planningAreaId: area.id, year: 2023, ageFrom: 0, ageTo: 64, count: adults },
        { planningAreaId: area.id, year: 2023, ageFrom: 65, ageTo: null, count: seniors },
        { planningAreaId: area.id, year: 2020, ageFrom: 0, ageTo: null, count: 99_999 },
      ],
    });
  }
  const senioren = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "senioren" } });
  await db.lifePhaseTarget.create({ data: { termId: senioren.id, ageFrom: 65, ageTo: null } });

  const publish = (o: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData(o));
  await publish({ name: "Stadtweite Beratung", serviceAreaScope: "CITY", locations: [place("innenstadt", "Markt 1", true)], planning: { places: 10, staffFte: 2 } });
  await publish({
    name: "Mobile Beratung",
    serviceAreaScope: "OUTREACH",
    serviceAreaCodes: ["innenstadt", "oststadt"],
    addressVisibility: "NONE",
    locations: [],
    channels: ["OUTREACH"],
    planning: { places: 5, staffFte: 1, acceptingNewClients: true, waitingTimeWeeks: 4 },
  });
  await publish({ name: "Schutzwohnung", serviceAreaScope: "PLANNING_AREAS", addressVisibility: "HIDDEN", locations: [place("oststadt", "Geheimweg 7")], planning: { places: 8 } });
  await publish({ name: "Offener Treff", serviceAreaScope: "PLANNING_AREAS", free: true, channels: ["IN_PERSON"], locations: [place("innenstadt", "Karlstraße 2", true)], planning: null });
  await publish({ name: "Landkreis-Beratung", serviceAreaScope: "REGION", addressVisibility: "NONE", locations: [] });
  await publish({ name: "Geschlossen in Nord", status: "inactive", serviceAreaScope: "PLANNING_AREAS", locations: [place("nord", "Nordweg 1")] });
  await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurf in Nord", description: "Noch nicht veröffentlicht.", serviceAreaScope: "OUTREACH" } });
});

const cell = (m: CoverageMatrix, row: string, column = m.columns[0].code) => m.rows.find((r) => r.key === row)!.cells[m.columns.findIndex((c) => c.code === column)];

describe("getCoverageMatrix", () => {
  it("counts each offer where it serves, with capacity and per-1,000 residents of the latest year", async () => {
    const m = await getCoverageMatrix(users.reviewer, {});
    expect(m.year).toBe(2023);
    expect(m.columns.map((c) => c.code)).toEqual(["4"]);
    expect(m.rows.map((r) => r.key)).toEqual(["innenstadt", "nord", "oststadt", "stadtweit", "regional"]);
    // Innenstadt: the outreach offer and the local one without capacity data (places marked missing).
    expect(cell(m, "innenstadt")).toMatchObject({ offers: 2, places: 5, placesMissing: 1, fte: 1, fteMissing: 1, residents: 10_000, offersPer1000: 0.2, placesPer1000: 0.5, gap: null });
    // Oststadt: the outreach offer again, and the hidden-address offer in its place's area.
    expect(cell(m, "oststadt")).toMatchObject({ offers: 2, places: 13, placesMissing: 0, fte: 1, fteMissing: 1, residents: 5_000, offersPer1000: 0.4 });
    // The city-wide offer only in its own row, against the whole city's population.
    expect(cell(m, "stadtweit")).toMatchObject({ offers: 1, places: 10, fte: 2, residents: 19_000 });
    expect(cell(m, "regional")).toMatchObject({ offers: 1, places: null, placesMissing: 1, residents: null, offersPer1000: null });
    expect(cell(m, "nord")).toMatchObject({ offers: 0, places: null, residents: 4_000, offersPer1000: 0, gap: "none" });
    expect(m.cityRates[0]).toBeCloseTo((4 * 1000) / 19_000);
  });

  it("measures a life-phase column against its age band", async () => {
    const m = await getCoverageMatrix(users.reviewer, { achse: "lebensphase" });
    expect(m.columns.map((c) => c.code)).toEqual(["senioren"]);
    expect(cell(m, "innenstadt")).toMatchObject({ offers: 2, residents: 2_000, offersPer1000: 1 });
    expect(cell(m, "oststadt")).toMatchObject({ offers: 2, residents: 1_000, offersPer1000: 2 });
    expect(cell(m, "stadtweit")).toMatchObject({ offers: 1, residents: 4_000 });
  });

  it("flags an area below the planner's share of the city's rate", async () => {
    // City rate 4 / 19,000 = 0.21 per 1,000: Innenstadt (0.2) is below 100 % of it, not below 50 %.
    expect(cell(await getCoverageMatrix(users.reviewer, { schwelle: "50" }), "innenstadt").gap).toBeNull();
    const strict = await getCoverageMatrix(users.reviewer, { schwelle: "100" });
    expect(cell(strict, "innenstadt").gap).toBe("below");
    expect(cell(strict, "oststadt").gap).toBeNull();
    expect(cell(strict, "nord").gap).toBe("none");
    // A malformed threshold falls back to the default.
    expect((await getCoverageMatrix(users.reviewer, { schwelle: "abc" })).params.schwelle).toBe(50);
  });

  it("filters by costs, step-free access, accepting new clients and channel", async () => {
    const offers = async (params: Record<string, string>) => {
      const m = await getCoverageMatrix(users.reviewer, params);
      return Object.fromEntries(m.rows.map((r) => [r.key, r.cells[0].offers]));
    };
    expect(await offers({ kostenlos: "1" })).toEqual({ innenstadt: 1, nord: 0, oststadt: 0, stadtweit: 0, regional: 0 });
    expect(await offers({ barrierefrei: "1" })).toEqual({ innenstadt: 1, nord: 0, oststadt: 0, stadtweit: 1, regional: 0 });
    expect(await offers({ aufnahme: "1" })).toEqual({ innenstadt: 1, nord: 0, oststadt: 1, stadtweit: 0, regional: 0 });
    expect(await offers({ kanal: "OUTREACH" })).toEqual({ innenstadt: 1, nord: 0, oststadt: 1, stadtweit: 0, regional: 0 });
    expect(await offers({ kanal: "'; drop table \"Service\"; --" })).toEqual({ innenstadt: 2, nord: 0, oststadt: 2, stadtweit: 1, regional: 1 });
  });

  it("refuses providers and network partners", async () => {
    for (const actor of [users.provider, users.partner, null]) {
      await expect(getCoverageMatrix(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCellOffers(actor, { raum: "oststadt" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAreaProfiles(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("hostile query parameters", () => {
  it("fall back to the defaults, as text or repeated, and never reach SQL as anything but a parameter", async () => {
    const plain = await getCoverageMatrix(users.reviewer, {});
    for (const name of ["achse", "schwelle", "kostenlos", "barrierefrei", "aufnahme", "kanal", "raum", "begriff"]) {
      for (const v of HOSTILE_VALUES) {
        for (const value of [v.text, [v.text, v.text]]) {
          const m = await getCoverageMatrix(users.reviewer, { [name]: value });
          expect(m.rows.map((r) => r.cells[0].offers), `${name} ${v.name}`).toEqual(plain.rows.map((r) => r.cells[0].offers));
          expect((await listCellOffers(users.reviewer, { raum: "oststadt", [name]: value })).offers.length).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});

describe("listCellOffers", () => {
  it("lists the offers behind a cell by name, never with an address", async () => {
    const { offers } = await listCellOffers(users.reviewer, { raum: "oststadt", begriff: "4" });
    expect(offers.map((o) => o.name)).toEqual(["Mobile Beratung", "Schutzwohnung"]);
    expect(JSON.stringify(offers)).not.toContain("Geheimweg");
    expect((await listCellOffers(users.reviewer, { raum: "stadtweit", begriff: "4" })).offers.map((o) => o.name)).toEqual(["Stadtweite Beratung"]);
    expect((await listCellOffers(users.reviewer, { raum: "nord", begriff: "4" })).offers).toEqual([]);
  });
});

describe("getAreaProfiles", () => {
  it("sums residents and capacity per area and for the city, counting each offer once in the total", async () => {
    const { year, rows } = await getAreaProfiles(users.reviewer);
    expect(year).toBe(2023);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.innenstadt).toMatchObject({ residents: 10_000, offers: 2, places: 5, placesKnown: 1, waitingMedianWeeks: 4, acceptingKnown: 1, accepting: 1 });
    expect(byKey.nord).toMatchObject({ residents: 4_000, offers: 0, places: null, placesKnown: 0 });
    expect(byKey["*"]).toMatchObject({ kind: "total", residents: 19_000, offers: 5, places: 23, placesKnown: 3, fte: 3, fteKnown: 2 });
  });
});
