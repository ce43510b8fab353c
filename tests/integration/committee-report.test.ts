import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { getFundingView } from "../../server/funding/summary";
import { assessIndicator } from "../../server/plan/evidence";
import { berlinDate } from "../../server/offers/staleness";
import { buildCommitteeReport, type CommitteeReport } from "../../server/report/committee-report";
import { committeeReportCsv } from "../../server/report/csv";
import { setupTestDatabase } from "../setup/database";
import { cellOf, createCoverageFixture } from "../setup/coverage-fixture";

// The committee report on the coverage fixture (tests/setup/coverage-fixture.ts: three
// Planungsräume, offers in Handlungsfeld 4, the "Schutzwohnung" with a hidden address in
// Geheimweg 7) plus a plan period: Handlungsfeld 4 holds two measures under one Ziel, Handlungsfeld 5
// one measure without a Ziel and no offers. Each figure source is a string the report must name.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createCoverageFixture>>["users"];
let periodId: string;
const STICHTAG = "2026-12-01";
const SOURCES = { population: "Statistikstelle Eisenach 2023 Q7", households: "Haushaltsstatistik H3", indicator: "Jobcenter SGB-II-Quote J5", plan: "Stadtratsbeschluss P9", measure: "https://ris.example/vo-M2" };
const EVIDENCE = "Verwendungsnachweis vom 3. März liegt vor V8";

beforeAll(async () => {
  ({ users } = await createCoverageFixture(db));
  await db.populationFigure.updateMany({ where: { year: 2023 }, data: { source: SOURCES.population, isDemo: false } });
  const innenstadt = await db.planningArea.findUniqueOrThrow({ where: { code: "innenstadt" } });
  await db.householdFigure.create({ data: { planningAreaId: innenstadt.id, year: 2023, type: "TOTAL", count: 5200, source: SOURCES.households } });
  const quote = await db.indicator.create({ data: { key: "sgb2", name: "SGB-II-Quote", unit: "%" } });
  await db.indicatorValue.create({ data: { indicatorId: quote.id, planningAreaId: innenstadt.id, year: 2023, value: 12.5, source: SOURCES.indicator } });

  const hf4 = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4", taxonomy: { key: "handlungsfeld" } } });
  const hf5 = await db.taxonomyTerm.create({ data: { taxonomyId: hf4.taxonomyId, code: "5", name: "Wohnumfeld und Lebensqualität", sortOrder: 5 } });
  periodId = (
    await db.planningPeriod.create({
      data: { name: "Plan 2025–2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31"), source: SOURCES.plan, capCents: 50_000_00, landSharePercent: 70 },
    })
  ).id;
  const goal = await db.goal.create({
    data: { periodId, handlungsfeldId: hf4.id, title: "Beratung sichern", subGoals: { create: [{ title: "Niedrigschwellig beraten" }] } },
    include: { subGoals: true },
  });
  const shelter = await db.service.findFirstOrThrow({ where: { name: "Schutzwohnung" } });
  await db.measure.create({
    data: {
      periodId,
      handlungsfeldId: hf4.id,
      subGoalId: goal.subGoals[0].id,
      code: "HF4-1",
      title: "Schutz bei Gewalt sichern",
      status: "ONGOING",
      evidence: EVIDENCE,
      sources: [SOURCES.measure],
      plannedCents: 30_000_00,
      spentCents: 12_345_67,
      indicators: { create: [{ statement: "Plätze vorhanden", fulfilled: true, sortOrder: 1 }, { statement: "Konzept liegt vor", fulfilled: false, sortOrder: 2 }, { statement: "Eröffnung", sortOrder: 3 }] },
      services: { create: [{ serviceId: shelter.id }] },
    },
  });
  await db.measure.create({ data: { periodId, handlungsfeldId: hf4.id, subGoalId: goal.subGoals[0].id, code: "HF4-2", title: "Beratung ausbauen", plannedCents: 10_000_00 } });
  await db.measure.create({ data: { periodId, handlungsfeldId: hf5.id, code: "HF5-1", title: "Wohnberatung aufbauen", plannedCents: 15_000_01, spentCents: 1_00 } });
});

const report = async () => (await buildCommitteeReport(users.reviewer, { periodId, stichtag: STICHTAG }))!;
const measures = (r: CommitteeReport, code: string) => r.fields.find((f) => f.handlungsfeld.code === code)!.goals.flatMap((g) => g.subGoals.flatMap((s) => s.measures));

describe("the committee report", () => {
  it("has one section per Handlungsfeld: the matrix's column per Planungsraum and the measures with status and evidence", async () => {
    const r = await report();
    expect(r.period?.name).toBe("Plan 2025–2026");
    expect(r.fields.map((f) => f.handlungsfeld.code)).toEqual(["4", "5"]);
    const [hf4, hf5] = r.fields;
    // Part 2: the same figures as the coverage matrix's Handlungsfeld column.
    const matrix = await getCoverageMatrix(users.reviewer, { achse: "handlungsfeld" });
    expect(hf4.coverage.map((c) => c.key)).toEqual(["innenstadt", "nord", "oststadt", "stadtweit", "regional"]);
    for (const row of hf4.coverage) expect(row.cell).toEqual(cellOf(matrix, row.key, "4"));
    expect(hf4.coverage.find((c) => c.key === "nord")!.cell.gap).toBe("none");
    expect(hf5.coverage.every((c) => c.cell.offers === 0)).toBe(true);
    // The profile and the residents by age band (the life phase "senioren": 65+).
    expect(r.profile.rows.find((p) => p.key === "innenstadt")).toMatchObject({ residents: 10_000 });
    expect(r.ageBands.bands).toEqual([{ ageFrom: 65, ageTo: null }]);
    expect(r.ageBands.rows.find((a) => a.key === "innenstadt")!.residents).toEqual([2_000]);
    // Part 3: measures under their Ziel, with status, indicator states, the evidence note and offers.
    expect(hf4.goals.map((g) => g.goal?.title)).toEqual(["Beratung sichern"]);
    const [shelterMeasure, other] = measures(r, "4");
    expect(shelterMeasure).toMatchObject({ code: "HF4-1", status: "ONGOING", plannedCents: 30_000_00, spentCents: 12_345_67 });
    expect(shelterMeasure.evidence).toMatchObject({ note: EVIDENCE, indicators: [{ fulfilled: true }, { fulfilled: false }, { statement: "Eröffnung", fulfilled: null }] });
    expect(shelterMeasure.offers.map((o) => o.name)).toEqual(["Schutzwohnung"]);
    expect(other).toMatchObject({ code: "HF4-2", evidence: { note: null, indicators: [] }, flags: ["ohne-angebot"] });
    expect(hf5.goals).toEqual([{ goal: null, subGoals: [{ subGoal: null, measures: [expect.objectContaining({ code: "HF5-1" })] }] }]);
  });

  it("gives the funding summary's sums per Handlungsfeld and in total, against the cap", async () => {
    const r = await report();
    const funding = (await getFundingView(users.reviewer, periodId))!;
    for (const field of r.fields) {
      const { handlungsfeld, ...sums } = funding.rows.find((row) => row.handlungsfeld.id === field.handlungsfeld.id)!;
      expect(field.funding, handlungsfeld.name).toEqual(sums);
    }
    expect(r.fields[0].funding).toEqual({ plannedCents: 40_000_00, spentCents: 12_345_67, landCents: 28_000_00, kommuneCents: 12_000_00 });
    expect(r.funding.total).toEqual(funding.total);
    expect(r.funding.total.plannedCents).toBe(55_000_01);
    expect(r.funding).toMatchObject({ plannedOverCap: true, spentOverCap: false, settings: { capCents: 50_000_00, landSharePercent: 70 } });
    const csv = committeeReportCsv(r);
    expect(csv).toContain(";Finanzen;4. Beratung, Unterstützung und Information;;geplant (EUR);40000,00;");
    expect(csv).toContain(";Finanzen;Gesamt;;über der Obergrenze;geplant;");
  });

  it("states the Stichtag and every data source, on the page's data and in the CSV", async () => {
    const r = await report();
    expect(r.stichtag).toBe(STICHTAG);
    expect(r.sources).toEqual({
      population: { year: 2023, sources: [SOURCES.population], isDemo: false },
      households: { year: 2023, sources: [SOURCES.households], isDemo: true },
      indicators: [{ name: "SGB-II-Quote", year: 2023, sources: [SOURCES.indicator], isDemo: true }],
      plan: SOURCES.plan,
      measures: [SOURCES.measure],
    });
    const csv = committeeReportCsv(r);
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFStichtag;Planungszeitraum;Teil;Handlungsfeld;Planungsraum;Kennzahl;Wert;Jahr;Nr.;Handlungsziel;Indikatoren;Zeitraum;Status;Nachweis;Angebote;geplant (EUR);ausgegeben (EUR)",
    );
    expect(csv).toContain("01.12.2026;Plan 2025–2026;Quelle;;;Angebote;Angebotskatalog, Stand 01.12.2026;");
    for (const source of Object.values(SOURCES)) expect(csv).toContain(source);
    // One line per measure with its own columns; part 2 as figures.
    expect(csv).toContain(
      ';Maßnahme;4. Beratung, Unterstützung und Information;;;;;HF4-1;Schutz bei Gewalt sichern;"Plätze vorhanden (erfüllt); Konzept liegt vor (nicht erfüllt); Eröffnung (noch nicht bewertet)";;laufend;' +
        `${EVIDENCE};Schutzwohnung (Testträger e. V.);30000,00;12345,67\r\n`,
    );
    expect(csv).toContain(";Abdeckung;4. Beratung, Unterstützung und Information;Nord;Lücke;Lücke: kein lokales Angebot;");
    expect(csv).toContain(";Planungsraum;;Innenstadt;Einwohner ab 65 Jahren;2000;2023");
    expect(csv).toContain(";Planungsraum;;Innenstadt;SGB-II-Quote (%);12,5;2023");
    // Without a Stichtag: today, the date the data was read.
    expect((await buildCommitteeReport(users.reviewer, { periodId }))!.stichtag).toBe(berlinDate());
  });

  it("names the hidden-address offer where it serves a measure, never its address", async () => {
    const r = await report();
    const text = `${JSON.stringify(r)}\n${committeeReportCsv(r)}`;
    expect(text).toContain("Schutzwohnung");
    expect(text).not.toContain("Geheimweg");
    expect(text).not.toMatch(/latitude|longitude|street/i);
  });

  it("gives each indicator's newest assessment with its day, note and document, on the page's data and in the CSV", async () => {
    const eroeffnung = await db.measureIndicator.findFirstOrThrow({ where: { statement: "Eröffnung" } });
    const pdf = new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "Eröffnung.pdf", { type: "application/pdf" });
    const assess = (fulfilled: string, assessedOn: string, note: string, document?: File) => assessIndicator(users.reviewer, { indicatorId: eroeffnung.id, fulfilled, assessedOn, note, document });
    expect((await assess("nein", "2026-05-01", "noch nicht eröffnet")).ok).toBe(true);
    expect((await assess("ja", "2026-11-20", "Eröffnet am 20. November", pdf)).ok).toBe(true);
    const r = await report();
    const measure = r.fields.flatMap((f) => f.goals.flatMap((g) => g.subGoals.flatMap((sg) => sg.measures))).find((m) => m.code === "HF4-1")!;
    const indicator = measure.evidence.indicators.find((i) => i.statement === "Eröffnung")!;
    expect(indicator).toMatchObject({ fulfilled: true, assessment: { assessedOn: "2026-11-20", note: "Eröffnet am 20. November", document: { name: "Eröffnung.pdf" } } });
    expect(indicator.assessment!.document!.href).toMatch(/^\/planung\/plan\/nachweise\/[0-9a-f-]{36}\.pdf$/);
    expect(measure.evidence.indicators.find((i) => i.statement === "Plätze vorhanden")!.assessment).toBeNull();
    expect(committeeReportCsv(r)).toContain(`;"Eröffnung: bewertet am 20.11.2026, Eröffnet am 20. November, Dokument: Eröffnung.pdf; ${EVIDENCE}";`);
  });

  it("is refused to providers, network partners and the signed-out; an unknown period is null", async () => {
    for (const actor of [users.provider, users.otherProvider, users.partner, null]) await expect(buildCommitteeReport(actor, { periodId })).rejects.toThrow(ForbiddenError);
    expect(await buildCommitteeReport(users.reviewer, { periodId: crypto.randomUUID() })).toBeNull();
  });
});
