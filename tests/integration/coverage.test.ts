import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { listCellOffers } from "../../server/coverage/cell-offers";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { getAreaProfiles } from "../../server/coverage/profile";
import { setupTestDatabase } from "../setup/database";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { cellOf as cell, createCoverageFixture } from "../setup/coverage-fixture";

// The coverage matrix on the hand-computed fixture of tests/setup/coverage-fixture.ts.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createCoverageFixture>>["users"];

beforeAll(async () => {
  ({ users } = await createCoverageFixture(db));
});

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
  }, 180_000); // several hundred matrix queries: ~20 s on a quiet machine, far more on a busy one
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
