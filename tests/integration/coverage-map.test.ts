import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CoverageMapSvg } from "../../app/_components/planning/coverage-map-svg";
import { ForbiddenError } from "../../server/authz";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { getCoverageMap, onSharedScale, type CoverageMap } from "../../server/map/coverage-map";
import { binIndex } from "../../server/map/colour-scale";
import type { ScenarioDelta } from "../../server/scenarios/delta";
import { setupTestDatabase } from "../setup/database";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer, testLocation } from "../setup/fixtures";

// The coverage map on a small fixture. Four Planungsräume: innenstadt (rectangle, clockwise ring),
// oststadt (rectangle, counter-clockwise as RFC 7946 asks), nord (a MultiPolygon of two squares)
// and "ohne-form" without any stored boundary. Offers (Handlungsfeld 4, Schuldnerberatung):
//   "Beratung Markt"       public address in innenstadt
//   "Beratung Ost"         public address in oststadt, 12 places
//   "Schutzwohnung Geheim" HIDDEN address in oststadt at 50.98123 / 10.35678: counts in the matrix,
//                          never a dot, its name and coordinates nowhere in the map.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;

const rect = (s: number, w: number, n: number, e: number, clockwise: boolean) => {
  const ring = [[w, s], [e, s], [e, n], [w, n], [w, s]];
  return clockwise ? ring.reverse() : ring;
};
const HIDDEN = { name: "Schutzwohnung Geheim", lat: 50.98123, lon: 10.35678 };

const place = (planningAreaCode: string, street: string, latitude: number, longitude: number) => testLocation(planningAreaCode, { street, latitude, longitude });

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  await db.planningArea.update({ where: { code: "innenstadt" }, data: { polygon: { type: "Polygon", coordinates: [rect(50.97, 10.31, 50.978, 10.33, true)] } } });
  const areas = [
    { code: "oststadt", name: "Oststadt", polygon: { type: "Polygon", coordinates: [rect(50.972, 10.33, 50.99, 10.37, false)] } },
    {
      code: "nord",
      name: "Nord",
      polygon: { type: "MultiPolygon", coordinates: [[rect(50.99, 10.30, 51.0, 10.32, false)], [rect(51.002, 10.33, 51.004, 10.332, false)]] },
    },
    { code: "ohne-form", name: "Ohne Form", polygon: undefined },
  ];
  for (const a of areas)
    await db.planningArea.create({
      data: { code: a.code, name: a.name, centerLat: 50.98, centerLon: 10.33, polygon: a.polygon, term: { create: { taxonomyId: taxonomy.id, code: a.code, name: a.name } } },
    });
  const population = { innenstadt: 10_000, oststadt: 5_000, nord: 4_000, "ohne-form": 1_000 };
  for (const [code, count] of Object.entries(population)) {
    const area = await db.planningArea.findUniqueOrThrow({ where: { code } });
    await db.populationFigure.create({ data: { planningAreaId: area.id, year: 2023, ageFrom: 0, ageTo: null, count } });
  }
  const publish = (o: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData({ serviceAreaScope: "PLANNING_AREAS", ...o }));
  await publish({ name: "Beratung Markt", locations: [place("innenstadt", "Markt 1", 50.974, 10.32)] });
  await publish({ name: "Beratung Ost", locations: [place("oststadt", "Ostweg 3", 50.985, 10.35)], planning: { places: 12 } });
  await publish({ name: HIDDEN.name, addressVisibility: "HIDDEN", locations: [place("oststadt", "Geheimweg 7", HIDDEN.lat, HIDDEN.lon)] });
});

/** Every x,y pair of a path (M/L commands with their numbers). */
const pathPoints = (d: string) => {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return n.flatMap((_, i) => (i % 2 ? [] : [[n[i], n[i + 1]] as const]));
};
const area = (m: CoverageMap, code: string) => m.areas.find((a) => a.code === code)!;

describe("getCoverageMap", () => {
  it("draws a path for every area with a boundary, whichever way its rings run, and lists the others", async () => {
    const m = await getCoverageMap(users.reviewer, {});
    expect(m.frame).not.toBeNull();
    expect(m.areas.map((a) => a.code)).toEqual(["innenstadt", "nord", "ohne-form", "oststadt"]);
    expect(area(m, "ohne-form").shape).toBeNull();
    for (const code of ["innenstadt", "oststadt", "nord"]) {
      const { d } = area(m, code).shape!;
      expect(d, code).toMatch(/^M/);
      // Read with the wrong winding, a district becomes the rest of the globe and fills the frame.
      const xs = pathPoints(d).map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs), code).toBeLessThan(m.frame!.width * 0.7);
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(m.frame!.width);
        expect(y).toBeLessThanOrEqual(m.frame!.height);
      }
    }
    // The MultiPolygon keeps both parts (two move-to commands); its label sits on the larger one.
    expect(area(m, "nord").shape!.d.match(/M/g)).toHaveLength(2);
    // North is up: nord lies above innenstadt.
    expect(area(m, "nord").shape!.labelY).toBeLessThan(area(m, "innenstadt").shape!.labelY);
  });

  it("colours by the matrix's own figures for the chosen column and measure", async () => {
    const matrix = await getCoverageMatrix(users.reviewer, {});
    const m = await getCoverageMap(users.reviewer, { mass: "angebote" });
    expect(m.column?.code).toBe("4");
    for (const a of m.areas) {
      const cell = matrix.rows.find((r) => r.key === a.code)!.cells[0];
      expect(a.value, a.code).toBe(cell.offersPer1000);
      expect(a.gap, a.code).toBe(cell.gap);
    }
    // Oststadt: the public and the hidden offer, 2 per 5,000 = 0.4; innenstadt 1 per 10,000 = 0.1.
    expect(area(m, "oststadt")).toMatchObject({ value: 0.4, offers: 2, gap: null });
    expect(area(m, "innenstadt")).toMatchObject({ value: 0.1, offers: 1 });
    expect(area(m, "nord")).toMatchObject({ value: 0, gap: "none" });
    expect(area(m, "oststadt").bin!).toBeGreaterThan(area(m, "innenstadt").bin!);
    expect(m.bins.at(-1)!.to).toBeGreaterThanOrEqual(0.4);

    const places = await getCoverageMap(users.reviewer, { mass: "plaetze" });
    expect(area(places, "oststadt").value).toBeCloseTo(12 * 0.2);
    // Nobody states places in innenstadt: unknown, not zero.
    expect(area(places, "innenstadt")).toMatchObject({ value: null, bin: null });
  });

  it("draws public places only: never a hidden address, by position or by name", async () => {
    const m = await getCoverageMap(users.reviewer, { punkte: "alle" });
    expect(m.dots.map((d) => d.names)).toEqual(expect.arrayContaining([["Beratung Markt"], ["Beratung Ost"]]));
    expect(m.dots).toHaveLength(2);
    expect(area(m, "oststadt").points).toBe(1);
    const json = JSON.stringify(m);
    for (const secret of [HIDDEN.name, "Geheimweg", String(HIDDEN.lat), String(HIDDEN.lon)]) expect(json).not.toContain(secret);

    const svg = renderToStaticMarkup(createElement(CoverageMapSvg, { map: m, title: "Karte", summary: "Zusammenfassung", areaLabel: (a) => String(a.value) }));
    expect(svg).toContain('role="img"');
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.match(/<circle [^>]*fill="#b45309"/g)).toHaveLength(2);
    expect(svg).not.toContain(HIDDEN.name);
    // No dot anywhere near where the shelter would be drawn.
    const hiddenAt = await projectedPosition(m, HIDDEN.lat, HIDDEN.lon);
    for (const d of m.dots) expect(Math.hypot(d.x - hiddenAt.x, d.y - hiddenAt.y)).toBeGreaterThan(3);
  });

  it("shows only the chosen column's places unless all are asked for", async () => {
    const other = await db.taxonomyTerm.create({
      data: { taxonomy: { connect: { key: "handlungsfeld" } }, code: "6", name: "Dialog der Generationen" },
    });
    expect(other.code).toBe("6");
    const column6 = await getCoverageMap(users.reviewer, { spalte: "6" });
    expect(column6.column?.code).toBe("6");
    expect(column6.dots).toEqual([]);
    expect((await getCoverageMap(users.reviewer, { spalte: "6", punkte: "alle" })).dots).toHaveLength(2);
    // An unknown column falls back to the first one.
    expect((await getCoverageMap(users.reviewer, { spalte: "gibt-es-nicht" })).column?.code).toBe("4");
    await db.taxonomyTerm.delete({ where: { id: other.id } });
  });

  it("with a scenario: counts its offers, draws no dot for a removed offer or a hypothetical one (no place); one scale for both maps", async () => {
    const ost = await db.service.findFirstOrThrow({ where: { name: "Beratung Ost" }, select: { id: true } });
    const delta: ScenarioDelta = {
      added: [{ key: "treff", areaCode: "nord", terms: { handlungsfeld: ["4"], lebensphase: [], angebotsart: [] }, places: 30, fte: null }],
      removedIds: [ost.id],
    };
    const params = { spalte: "4", mass: "plaetze" };
    const today = await getCoverageMap(users.reviewer, params);
    const scenario = await getCoverageMap(users.reviewer, params, "de", delta);
    expect(today.dots.map((d) => d.names)).toEqual(expect.arrayContaining([["Beratung Markt"], ["Beratung Ost"]]));
    expect(scenario.dots.map((d) => d.names)).toEqual([["Beratung Markt"]]);
    expect([area(today, "nord").offers, area(scenario, "nord").offers]).toEqual([0, 1]);
    expect([area(today, "oststadt").offers, area(scenario, "oststadt").offers]).toEqual([2, 1]);

    // Today's largest value is Oststadt's 12 places, the scenario's Nord's 30: one scale up to 30.
    const [sharedToday, sharedScenario] = onSharedScale(today, scenario);
    expect(sharedToday.bins).toEqual(sharedScenario.bins);
    expect(sharedToday.bins.at(-1)!.to).toBeGreaterThanOrEqual(area(scenario, "nord").value!);
    for (const m of [sharedToday, sharedScenario]) for (const a of m.areas) expect(a.bin).toBe(a.value === null ? null : binIndex(sharedToday.bins, a.value));
    // On today's own scale Oststadt was the darkest; beside the scenario it is lighter.
    expect(area(today, "oststadt").bin).toBe(today.bins.length - 1);
    expect(area(sharedToday, "oststadt").bin).toBeLessThan(area(today, "oststadt").bin!);
  });

  it("keeps defaults for hostile parameters and refuses providers and network partners", async () => {
    const plain = await getCoverageMap(users.reviewer, {});
    for (const name of ["spalte", "mass", "punkte", "achse"])
      for (const v of HOSTILE_VALUES) {
        const m = await getCoverageMap(users.reviewer, { [name]: v.text });
        expect(m.areas.map((a) => a.value), `${name} ${v.name}`).toEqual(plain.areas.map((a) => a.value));
      }
    for (const actor of [users.provider, users.partner, null]) await expect(getCoverageMap(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

/** Where a place at lat/lon lands on map `m`: drawn through a public offer there, taken out again after. */
async function projectedPosition(m: CoverageMap, lat: number, lon: number) {
  const id = await publishTestOffer(db, offerData({ name: "Vergleichspunkt", serviceAreaScope: "PLANNING_AREAS", locations: [place("oststadt", "Vergleich 1", lat, lon)] }));
  try {
    const withCopy = await getCoverageMap(users.reviewer, { punkte: "alle" });
    expect(withCopy.frame).toEqual(m.frame);
    const dot = withCopy.dots.find((d) => d.names.includes("Vergleichspunkt"))!;
    return { x: dot.x, y: dot.y };
  } finally {
    await db.service.update({ where: { id }, data: { status: "inactive" } });
  }
}
