import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { gapCsv } from "../../server/gaps/csv";
import { getGapRanking, type GapCell, type GapRanking } from "../../server/gaps/ranking";
import { getGapRankingWithScenario } from "../../server/gaps/scenario";
import type { ScenarioDelta } from "../../server/scenarios/delta";
import { addHypotheticalOffer, createScenario } from "../../server/scenarios/mutations";
import { deleteGapWeighting, listGapWeightings, saveGapWeighting, saveGapWeightingForm } from "../../server/gaps/settings";
import { weightFields, type GapWeights } from "../../server/gaps/weights";
import { logThinSearch } from "../../server/search-log";
import { setupTestDatabase } from "../setup/database";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer, testLocation } from "../setup/fixtures";

// The gap ranking on a hand-computed fixture. Residents 2023 (all ages): Innenstadt 10,000,
// Oststadt 8,000, Nord 2,000 (city 20,000). Handlungsfelder 4 and 5. Offers (all local):
//   Innenstadt: two in HF 4 (waiting 4 and 8 weeks), one in HF 5 (2 weeks)
//   Oststadt:   one in HF 4 without planning data (waiting time unknown)
//   a city-wide offer in HF 5 waiting 20 weeks: not ranked, and its waiting time counts nowhere
// Coverage (offers per 1,000; city HF 4: 3/20,000 = 0.15, HF 5: 1/20,000 = 0.05):
//   Innenstadt/4 0.2 -> need 0; Oststadt/4 0.125 -> 1 - 0.125/0.15 = 1/6; Nord/4 none -> 1
//   Innenstadt/5 0.1 -> 0;      Oststadt/5 none -> 1;                     Nord/5 none -> 1
// Waiting (median / longest median 6): Innenstadt/4 6 -> 1; Innenstadt/5 2 -> 1/3; the rest none.
// Demand (last 180 days): nord+HF4 twice; oststadt without HF; nord+oststadt with HF 5; HF 5
// without area (not attributable); an older nord+HF4 search outside the window:
//   Nord/4 2 -> 1; Oststadt/4 1 -> 0.5; Oststadt/5 2 -> 1; Nord/5 1 -> 0.5; Innenstadt 0.
// Indicators (2023; older 2020 values must be ignored): sgb2_quote 10 / 20 / 30 (Innenstadt /
// Oststadt / Nord) -> 0 / 0.5 / 1; einkommen 100 / 200 / none -> 0 / 1 / missing.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const planungsraum = await db.taxonomy.findUniqueOrThrow({ where: { key: "planungsraum" } });
  const handlungsfeld = await db.taxonomy.findUniqueOrThrow({ where: { key: "handlungsfeld" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: handlungsfeld.id, code: "5", name: "Bildung" } });
  const areaIds: Record<string, string> = {};
  for (const [code, name, residents] of [["innenstadt", "Innenstadt", 10_000], ["oststadt", "Oststadt", 8_000], ["nord", "Nord", 2_000]] as const) {
    const area =
      (await db.planningArea.findUnique({ where: { code } })) ??
      (await db.planningArea.create({ data: { code, name, centerLat: 50.98, centerLon: 10.32, term: { create: { taxonomyId: planungsraum.id, code, name } } } }));
    areaIds[code] = area.id;
    await db.populationFigure.create({ data: { planningAreaId: area.id, year: 2023, ageFrom: 0, ageTo: null, count: residents } });
  }
  const sgb2 = await db.indicator.create({ data: { key: "sgb2_quote", name: "SGB-II-Quote", unit: "%" } });
  const income = await db.indicator.create({ data: { key: "einkommen", name: "Einkommen", unit: "EUR" } });
  await db.indicatorValue.createMany({
    data: [
      { indicatorId: sgb2.id, planningAreaId: areaIds.innenstadt, year: 2023, value: 10 },
      { indicatorId: sgb2.id, planningAreaId: areaIds.oststadt, year: 2023, value: 20 },
      { indicatorId: sgb2.id, planningAreaId: areaIds.nord, year: 2023, value: 30 },
      { indicatorId: sgb2.id, planningAreaId: areaIds.innenstadt, year: 2020, value: 99 },
      { indicatorId: income.id, planningAreaId: areaIds.innenstadt, year: 2023, value: 100 },
      { indicatorId: income.id, planningAreaId: areaIds.oststadt, year: 2023, value: 200 },
    ],
  });

  const local = (area: string, handlungsfelder: string[], waitingTimeWeeks: number | null) =>
    publishTestOffer(
      db,
      offerData({
        serviceAreaScope: "PLANNING_AREAS",
        handlungsfelder,
        locations: [testLocation(area)],
        planning: waitingTimeWeeks === null ? null : { waitingTimeWeeks },
      }),
    );
  await local("innenstadt", ["4"], 4);
  await local("innenstadt", ["4"], 8);
  await local("innenstadt", ["5"], 2);
  await local("oststadt", ["4"], null);
  await publishTestOffer(db, offerData({ serviceAreaScope: "CITY", handlungsfelder: ["5"], planning: { waitingTimeWeeks: 20 } }));

  const log = (filters: Record<string, unknown>) => logThinSearch({ query: "x", filters, locale: "de", resultCount: 0 });
  await log({ planungsraum: ["nord"], handlungsfeld: ["4"] });
  await log({ planungsraum: ["nord"], handlungsfeld: ["4"], lebensphase: [] });
  await log({ planungsraum: ["oststadt"], kostenlos: "1" });
  await log({ planungsraum: ["nord", "oststadt"], handlungsfeld: ["5"] });
  await log({ handlungsfeld: ["5"] });
  await log({ q: "ohne Filter" });
  await db.noResultSearch.create({ data: { query: "alt", filters: { planungsraum: ["nord"], handlungsfeld: ["4"] }, createdAt: new Date(Date.now() - 200 * 86_400_000) } });
});

const cell = (r: GapRanking, area: string, term: string) => r.cells.find((c) => c.areaCode === area && c.termCode === term)!;
const order = (r: GapRanking) => r.cells.map((c) => `${c.rank} ${c.areaCode}/${c.termCode}`);
const SAVED: GapWeights = { abdeckung: 1, wartezeit: 0, nachfrage: 3, indikatoren: { sgb2_quote: { gewicht: 2, richtung: "hoch" } } };

describe("getGapRanking", () => {
  it("ranks the Planungsräume' cells by the default weights (coverage 2, waiting 1, demand 1), leaving out what is missing", async () => {
    const r = await getGapRanking(users.reviewer, {});
    expect(r.weights).toMatchObject({ abdeckung: 2, wartezeit: 1, nachfrage: 1 });
    expect(r.cells).toHaveLength(6); // stadtweit, regional and ohne never rank
    // Nord/4 and Oststadt/5 both score 1 and share rank 1.
    expect(order(r)).toEqual(["1 nord/4", "1 oststadt/5", "3 nord/5", "4 oststadt/4", "5 innenstadt/4", "6 innenstadt/5"]);
    const scores = Object.fromEntries(r.cells.map((c) => [`${c.areaCode}/${c.termCode}`, c.score]));
    expect(scores["nord/4"]).toBeCloseTo(1);
    expect(scores["nord/5"]).toBeCloseTo(2.5 / 3);
    expect(scores["oststadt/4"]).toBeCloseTo((2 / 6 + 0.5) / 3);
    expect(scores["innenstadt/4"]).toBeCloseTo(0.25);
    expect(scores["innenstadt/5"]).toBeCloseTo(1 / 12);

    const ost4 = cell(r, "oststadt", "4");
    expect(ost4.coverage).toMatchObject({ offers: 1, residents: 8_000, offersPer1000: 0.125, cityRate: 0.15 });
    expect(ost4.coverage.need).toBeCloseTo(1 / 6);
    expect(ost4.coverage.contribution).toBeCloseTo(2 / 6 / 3);
    expect(ost4.demand).toMatchObject({ searches: 1, need: 0.5 });
    expect(ost4.demand.contribution).toBeCloseTo(0.5 / 3);
    // No waiting time stated: missing, not zero, and its weight leaves the divisor.
    expect(ost4.waiting).toMatchObject({ medianWeeks: null, known: 0, offers: 1, need: null, contribution: null });

    const inn4 = cell(r, "innenstadt", "4");
    expect(inn4.waiting).toMatchObject({ medianWeeks: 6, known: 2, offers: 2, need: 1 });
    expect(inn4.coverage.need).toBe(0);
    expect(cell(r, "innenstadt", "5").waiting.need).toBeCloseTo(1 / 3); // the city-wide offer's 20 weeks are no cell's
    // The contributions add up to the score.
    for (const c of r.cells) {
      const sum = [c.coverage, c.waiting, c.demand, ...c.indicators].reduce((s, p) => s + (p.contribution ?? 0), 0);
      expect(sum).toBeCloseTo(c.score!);
    }
  });

  it("attributes thin searches to a Planungsraum only when they name one; the rest is listed apart", async () => {
    const r = await getGapRanking(users.reviewer, {});
    const searches = Object.fromEntries(r.cells.map((c) => [`${c.areaCode}/${c.termCode}`, c.demand.searches]));
    expect(searches).toEqual({ "nord/4": 2, "nord/5": 1, "oststadt/4": 1, "oststadt/5": 2, "innenstadt/4": 0, "innenstadt/5": 0 });
    expect(r.unattributed).toEqual([{ termCode: "5", termName: "Bildung", searches: 1 }]);
    // A wider window takes the older search in.
    expect(cell(await getGapRanking(users.reviewer, { tage: "365" }), "nord", "4").demand.searches).toBe(3);
  });

  it("ranks by life phase: a search naming no life phase counts for every one of its area; no age band, no coverage figure", async () => {
    const r = await getGapRanking(users.reviewer, { achse: "lebensphase" });
    expect(r.cells.map((c) => `${c.areaCode}/${c.termCode}`).sort()).toEqual(["innenstadt/senioren", "nord/senioren", "oststadt/senioren"]);
    expect(Object.fromEntries(r.cells.map((c) => [c.areaCode, c.demand.searches]))).toEqual({ nord: 3, oststadt: 2, innenstadt: 0 });
    const inn = cell(r, "innenstadt", "senioren");
    // The fixture gives the life phase no age band: residents unknown, so coverage is missing, not 0.
    expect(inn.coverage).toMatchObject({ offers: 3, residents: null, need: null, contribution: null });
    expect(inn.waiting).toMatchObject({ medianWeeks: 4, known: 3, offers: 3 });
    expect(cell(r, "nord", "senioren").coverage).toMatchObject({ offers: 0, need: 1 });
  });

  it("weighs the indicators the planner picks, min-max across the areas, with their direction", async () => {
    const r = await getGapRanking(users.reviewer, { g_abdeckung: "1", g_wartezeit: "0", g_nachfrage: "0", i_sgb2_quote: "1", i_einkommen: "1", r_einkommen: "niedrig", i_erfunden: "9" });
    expect(r.weights.indikatoren).toEqual({ einkommen: { gewicht: 1, richtung: "niedrig" }, sgb2_quote: { gewicht: 1, richtung: "hoch" } });
    expect(r.indicators.map((i) => [i.key, i.year])).toEqual([["einkommen", 2023], ["sgb2_quote", 2023]]);
    expect(order(r)).toEqual(["1 nord/4", "1 nord/5", "3 oststadt/5", "4 innenstadt/4", "4 innenstadt/5", "6 oststadt/4"]);
    const ind = (c: GapCell, key: string) => c.indicators.find((p) => p.key === key)!;
    const nord4 = cell(r, "nord", "4");
    expect(ind(nord4, "sgb2_quote")).toMatchObject({ value: 30, need: 1 });
    expect(ind(nord4, "einkommen")).toMatchObject({ value: null, need: null, contribution: null });
    expect(nord4.score).toBeCloseTo(1);
    expect(ind(cell(r, "innenstadt", "4"), "sgb2_quote")).toMatchObject({ value: 10, need: 0 }); // 2023, not 2020's 99
    expect(ind(cell(r, "innenstadt", "4"), "einkommen")).toMatchObject({ value: 100, need: 1 }); // lower = more need
    expect(cell(r, "oststadt", "4").score).toBeCloseTo((1 / 6 + 0.5 + 0) / 3);
  });

  it("falls back to the defaults for malformed values and when every weight is 0", async () => {
    const r = await getGapRanking(users.reviewer, { g_abdeckung: "abc", g_wartezeit: "11", g_nachfrage: ["-1", "3"], achse: "quatsch", tage: "7" });
    expect(r.weights).toMatchObject({ abdeckung: 2, wartezeit: 1, nachfrage: 1 });
    expect(r.params).toMatchObject({ achse: "handlungsfeld", tage: 180 });
    const zero = await getGapRanking(users.reviewer, { g_abdeckung: "0", g_wartezeit: "0", g_nachfrage: "0" });
    expect(zero.weightsReset).toBe(true);
    expect(zero.weights).toMatchObject({ abdeckung: 2, wartezeit: 1, nachfrage: 1 });
  });

  it("survives hostile parameters", async () => {
    for (const name of ["achse", "tage", "einstellung", "g_abdeckung", "i_sgb2_quote", "r_sgb2_quote"])
      for (const v of HOSTILE_VALUES) for (const value of [v.text, [v.text, v.text]]) expect((await getGapRanking(users.reviewer, { [name]: value })).cells, `${name} ${v.name}`).toHaveLength(6);
  });

  it("gives the CSV every component, missing values as empty cells", async () => {
    const csv = gapCsv(await getGapRanking(users.reviewer, {}));
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Rang;Planungsraum;Handlungsfeld;Punktzahl \(0-1\);Angebote;Einwohner 2023;/);
    expect(lines[1]).toMatch(/^1;Nord;Beratung, Unterstützung und Information;1;0;2000;0;0,15;1;2;0,667;;0;/);
    // Oststadt/4: waiting median and its need and contribution empty, not 0.
    expect(lines.find((l) => l.startsWith("4;Oststadt;"))).toContain(";0,125;0,15;0,167;2;0,111;;0;;1;;");
  });

  it("refuses providers, network partners and signed-out visitors", async () => {
    for (const actor of [users.provider, users.partner, null]) {
      await expect(getGapRanking(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listGapWeightings(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveGapWeighting(actor as never, { name: "x", weights: SAVED })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteGapWeighting(actor, crypto.randomUUID())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("getGapRanking with a scenario", () => {
  // Two hypothetical offers in Nord / HF 4 (today rank 1). HF 4 then has 5 local offers: city rate
  // 5/20,000 = 0.25 per 1,000. Nord/4 2/2,000 = 1 -> coverage need 0; no waiting time (none stated);
  // demand 1 -> (2 x 0 + 1 x 1) / 3 = 1/3. Oststadt/4 0.125/0.25 -> need 0.5, demand 0.5 ->
  // (1 + 0.5) / 3 = 0.5. Innenstadt/4 0.2/0.25 -> need 0.2, waiting 1, demand 0 -> 1.4/4 = 0.35.
  // HF 5 as today: Oststadt/5 1, Nord/5 2.5/3, Innenstadt/5 1/12.
  const hypo = (key: string) => ({ key, areaCode: "nord", terms: { handlungsfeld: ["4"], lebensphase: [], angebotsart: [] }, places: null, fte: null });
  const delta: ScenarioDelta = { added: [hypo("a"), hypo("b")], removedIds: [] };

  it("moves the worst cell down the ranking when the scenario adds offers there", async () => {
    const r = await getGapRanking(users.reviewer, {}, "de", delta);
    expect(order(r)).toEqual(["1 oststadt/5", "2 nord/5", "3 oststadt/4", "4 innenstadt/4", "5 nord/4", "6 innenstadt/5"]);
    const nord4 = cell(r, "nord", "4");
    expect(nord4.coverage).toMatchObject({ offers: 2, offersPer1000: 1, cityRate: 0.25, need: 0 });
    expect(nord4.waiting).toMatchObject({ medianWeeks: null, known: 0, offers: 2, need: null });
    expect(nord4.score).toBeCloseTo(1 / 3);
    expect(cell(r, "oststadt", "4").score).toBeCloseTo(0.5);
    expect(cell(r, "innenstadt", "4").score).toBeCloseTo(0.35);
    // Today is untouched by the scenario.
    expect(order(await getGapRanking(users.reviewer, {}))[0]).toBe("1 nord/4");
  });

  it("reads a stored scenario by ?szenario=, gives today's ranks beside it (page and CSV), and refuses unknown ids", async () => {
    const created = await createScenario(users.reviewer, { name: "Zwei Treffs Nord", note: "" });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    for (const name of ["Treff A", "Treff B"]) expect((await addHypotheticalOffer(users.reviewer, created.id, { name, area: "nord", handlungsfelder: ["4"], lebensphasen: [], angebotsart: "", places: "", fte: "" })).ok).toBe(true);
    const { ranking, scenario } = await getGapRankingWithScenario(users.reviewer, { szenario: created.id });
    expect(order(ranking)).toEqual(["1 oststadt/5", "2 nord/5", "3 oststadt/4", "4 innenstadt/4", "5 nord/4", "6 innenstadt/5"]);
    expect(scenario?.name).toBe("Zwei Treffs Nord");
    expect(scenario?.today.get("nord\u00004")).toEqual({ rank: 1, score: expect.closeTo(1) });
    const lines = gapCsv(ranking, scenario!).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Szenario \(nicht öffentlich\);Rang;Planungsraum;Handlungsfeld;Punktzahl \(0-1\);Rang heute;Punktzahl heute \(0-1\);/);
    expect(lines.find((l) => l.startsWith("Zwei Treffs Nord;5;Nord;"))).toMatch(/^Zwei Treffs Nord;5;Nord;[^;]+;0,333;1;1;2;/);
    expect((await getGapRankingWithScenario(users.reviewer, {})).scenario).toBeNull();
    for (const bad of ["kein-uuid", crypto.randomUUID()]) await expect(getGapRankingWithScenario(users.reviewer, { szenario: bad })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGapRankingWithScenario(users.provider, { szenario: created.id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("named weight settings", () => {
  it("saves, loads (URL parameters override it), overwrites by name and deletes", async () => {
    const saved = await saveGapWeighting(users.reviewer, { name: "  Nachfrage zuerst ", weights: SAVED });
    if (!saved.ok) throw new Error("not saved");
    const loaded = await getGapRanking(users.reviewer, { einstellung: saved.id });
    expect(loaded.setting).toEqual({ id: saved.id, name: "Nachfrage zuerst", invalid: false });
    expect(loaded.weights).toEqual({ ...SAVED, indikatoren: { ...SAVED.indikatoren, einkommen: { gewicht: 0, richtung: "hoch" } } });
    expect((await getGapRanking(users.reviewer, { einstellung: saved.id, g_abdeckung: "5" })).weights).toMatchObject({ abdeckung: 5, nachfrage: 3 });

    const again = await saveGapWeighting(users.reviewer, { name: "Nachfrage zuerst", weights: { ...SAVED, nachfrage: 4 } });
    expect(again).toEqual({ ok: true, id: saved.id });
    expect((await listGapWeightings(users.reviewer)).filter((s) => s.name === "Nachfrage zuerst")).toHaveLength(1);
    expect((await getGapRanking(users.reviewer, { einstellung: saved.id })).weights.nachfrage).toBe(4);

    await deleteGapWeighting(users.reviewer, saved.id);
    await expect(deleteGapWeighting(users.reviewer, saved.id)).rejects.toBeInstanceOf(NotFoundError);
    const gone = await getGapRanking(users.reviewer, { einstellung: saved.id });
    expect(gone.setting).toBeNull();
    expect(gone.weights).toMatchObject({ abdeckung: 2, wartezeit: 1, nachfrage: 1 });
  });

  it("refuses a missing or long name and invalid weights, storing nothing", async () => {
    const before = await db.gapWeighting.count();
    expect(await saveGapWeighting(users.reviewer, { name: " ", weights: SAVED })).toEqual({ ok: false, nameError: "required", weightsInvalid: false });
    expect(await saveGapWeighting(users.reviewer, { name: "x".repeat(81), weights: SAVED })).toEqual({ ok: false, nameError: "tooLong", weightsInvalid: false });
    for (const weights of [
      { ...SAVED, abdeckung: 0, nachfrage: 0, indikatoren: {} },
      { ...SAVED, abdeckung: 11 },
      { ...SAVED, abdeckung: 1.5 },
      { ...SAVED, extra: 1 },
      { ...SAVED, indikatoren: { "Bad Key": { gewicht: 1, richtung: "hoch" } } },
      { ...SAVED, indikatoren: { sgb2_quote: { gewicht: 1, richtung: "seitwärts" } } },
      "nonsense",
    ])
      expect(await saveGapWeighting(users.reviewer, { name: "kaputt", weights }), JSON.stringify(weights)).toEqual({ ok: false, nameError: null, weightsInvalid: true });
    expect(await db.gapWeighting.count()).toBe(before);
  });

  it("reads the save form's fields strictly and reports a stored setting that is no longer valid", async () => {
    const form = new FormData();
    form.set("name", "Aus dem Formular");
    for (const [name, value] of weightFields({ ...SAVED, indikatoren: { ...SAVED.indikatoren, einkommen: { gewicht: 1, richtung: "niedrig" } } })) form.set(name, value);
    const ok = await saveGapWeightingForm(users.reviewer, form);
    expect(ok.ok).toBe(true);
    form.delete("r_einkommen");
    expect(await saveGapWeightingForm(users.reviewer, form)).toEqual({ ok: false, nameError: null, weightsInvalid: true });

    const broken = await db.gapWeighting.create({ data: { name: "Von Hand verändert", weights: { abdeckung: "viel" } } });
    expect((await listGapWeightings(users.reviewer)).find((s) => s.id === broken.id)?.valid).toBe(false);
    const r = await getGapRanking(users.reviewer, { einstellung: broken.id });
    expect(r.setting).toEqual({ id: broken.id, name: "Von Hand verändert", invalid: true });
    expect(r.weights).toMatchObject({ abdeckung: 2, wartezeit: 1, nachfrage: 1 });
  });
});
