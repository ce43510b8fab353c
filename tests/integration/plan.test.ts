import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { getPublicOffer } from "../../server/offers/queries";
import { planCsv } from "../../server/plan/csv";
import { getPlanView, type PlanView } from "../../server/plan/plan-view";
import { getPublicPlan } from "../../server/plan/public-plan";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, ORG_ID, publishTestOffer } from "../setup/fixtures";

// The plan view on a small fixture in Handlungsfeld 4. "Today" is 2026-12-01 and offers are stale
// after 6 months (confirmed on or before 2026-06-01), as in the reviewers' stale list.
//   Ohne Angebot        no offer linked (indicators assessed)                 -> ohne-angebot
//   Nur Entwurf         only a never-published offer (version 0) linked      -> ohne-angebot
//   Nur veraltet        only offer confirmed 2025-01-10                       -> veraltet
//   Nur inaktiv         only offer inactive (confirmed recently)              -> veraltet
//   Aktuell             a fresh, published, active offer                      -> no flag
//   Unbewertet          a fresh offer, one indicator not assessed            -> indikator
// An older period holds one measure of its own.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
const TODAY = "2026-12-01";
const NOTE = "Interne Notiz zur Verknüpfung 7Q";
const EVIDENCE = "Interner Beleg-Vermerk 9Z";
const BODY = "Verantwortliches Amt X4";
const ids: Record<string, string> = {};
let periodId: string;
let oldPeriodId: string;
let freshOfferId: string;

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4", taxonomy: { key: "handlungsfeld" } } });
  const period = await db.planningPeriod.create({ data: { name: "Plan 2025–2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31") } });
  const old = await db.planningPeriod.create({ data: { name: "Plan 2021–2022", startsOn: new Date("2021-01-01"), endsOn: new Date("2022-12-31") } });
  periodId = period.id;
  oldPeriodId = old.id;
  const goal = await db.goal.create({
    data: { periodId, handlungsfeldId: hf.id, title: "Beratung sichern", subGoals: { create: [{ title: "Niedrigschwellig beraten", sortOrder: 1 }] } },
    include: { subGoals: true },
  });
  const measure = async (key: string, code: string, indicators: (boolean | null)[], inPeriod = periodId) => {
    const m = await db.measure.create({
      data: {
        periodId: inPeriod,
        handlungsfeldId: hf.id,
        subGoalId: inPeriod === periodId ? goal.subGoals[0].id : null,
        code,
        title: `Maßnahme ${key}`,
        timeframe: "ab 2025",
        status: "IN_PROGRESS",
        evidence: EVIDENCE,
        responsibleBody: BODY,
        funding: "LSZ intern",
        indicators: { create: indicators.map((fulfilled, i) => ({ statement: `Indikator ${key} ${i + 1}`, fulfilled, sortOrder: i })) },
      },
    });
    ids[key] = m.id;
  };
  await measure("Ohne Angebot", "HF4-1", [true]);
  await measure("Nur Entwurf", "HF4-2", [false]);
  await measure("Nur veraltet", "HF4-3", [true]);
  await measure("Nur inaktiv", "HF4-4", []);
  await measure("Aktuell", "HF4-5", [true, false]);
  await measure("Unbewertet", "HF4-6", [true, null]);
  await measure("Alt", "HF4-9", [true], oldPeriodId);

  const publish = (o: Parameters<typeof offerData>[0]) => publishTestOffer(db, offerData(o));
  await publish({ name: "Veraltete Beratung", lastVerifiedAt: "2025-01-10", measureIds: [ids["Nur veraltet"]] });
  await publish({ name: "Inaktive Beratung", status: "inactive", lastVerifiedAt: "2026-11-01", measureIds: [ids["Nur inaktiv"]] });
  freshOfferId = await publish({ name: "Frische Beratung", lastVerifiedAt: "2026-11-01", measureIds: [ids["Aktuell"], ids["Unbewertet"]] });
  const draft = await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurfsberatung", description: "Noch nicht veröffentlicht." } });
  await db.serviceMeasure.create({ data: { serviceId: draft.id, measureId: ids["Nur Entwurf"] } });
  await db.serviceMeasure.update({ where: { serviceId_measureId: { serviceId: freshOfferId, measureId: ids["Aktuell"] } }, data: { note: NOTE } });
});

const view = async (params: Record<string, string> = {}) => (await getPlanView(users.reviewer, params, "de", { today: TODAY, months: 6 }))!;
const measures = (v: PlanView) => v.sections.flatMap((s) => s.goals.flatMap((g) => g.subGoals.flatMap((sg) => sg.measures)));
const flagsOf = (v: PlanView) => Object.fromEntries(measures(v).map((m) => [m.title.replace("Maßnahme ", ""), m.flags]));

describe("getPlanView", () => {
  it("flags measures without an offer, with only stale or inactive offers, and with unassessed indicators", async () => {
    const v = await view();
    expect(v.period?.id).toBe(periodId);
    expect(flagsOf(v)).toEqual({
      "Ohne Angebot": ["ohne-angebot"],
      "Nur Entwurf": ["ohne-angebot"],
      "Nur veraltet": ["veraltet"],
      "Nur inaktiv": ["veraltet"],
      Aktuell: [],
      Unbewertet: ["indikator"],
    });
  });

  it("lays the measures out under Handlungsfeld, Ziel and Unterziel with their offers, the planners' note and status", async () => {
    const v = await view();
    expect(v.sections).toHaveLength(1);
    expect(v.sections[0].handlungsfeld.code).toBe("4");
    expect(v.sections[0].goals[0].goal?.title).toBe("Beratung sichern");
    expect(v.sections[0].goals[0].subGoals[0].subGoal?.title).toBe("Niedrigschwellig beraten");
    const aktuell = measures(v).find((m) => m.id === ids["Aktuell"])!;
    expect(aktuell).toMatchObject({ responsibleBody: BODY, status: "IN_PROGRESS", timeframe: "ab 2025" });
    expect(aktuell.offers).toEqual([{ id: freshOfferId, name: "Frische Beratung", organizationName: "Testträger e. V.", note: NOTE, isPublic: true, inactive: false, stale: false }]);
    const inaktiv = measures(v).find((m) => m.id === ids["Nur inaktiv"])!;
    expect(inaktiv.offers[0]).toMatchObject({ isPublic: false, inactive: true, stale: false });
    // The never-published offer is not listed at all.
    expect(measures(v).find((m) => m.id === ids["Nur Entwurf"])!.offers).toEqual([]);
  });

  it("counts measures and flags per Handlungsfeld over the whole period, and filters to flagged measures", async () => {
    const v = await view({ hinweis: "jeder" });
    expect(v.summary.fields).toEqual([{ id: expect.any(String), name: "Beratung, Unterstützung und Information", measures: 6, flagged: 5, "ohne-angebot": 2, veraltet: 2, indikator: 1 }]);
    expect(v.summary.total).toEqual({ measures: 6, flagged: 5, "ohne-angebot": 2, veraltet: 2, indikator: 1 });
    expect(v.shown).toBe(5);
    expect(Object.keys(flagsOf(v))).not.toContain("Aktuell");
    expect(Object.keys(flagsOf(await view({ hinweis: "veraltet" })))).toEqual(["Nur veraltet", "Nur inaktiv"]);
    // Unknown filter values fall back to all measures.
    expect((await view({ hinweis: "<script>" })).shown).toBe(6);
  });

  it("shows another period when asked, and nothing for an unknown one", async () => {
    expect(Object.keys(flagsOf(await view({ zeitraum: oldPeriodId })))).toEqual(["Alt"]);
    expect(await getPlanView(users.reviewer, { zeitraum: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect((await view({ zeitraum: "kein-uuid" })).period?.id).toBe(periodId);
  });

  it("gives the plan table as CSV for German Excel", async () => {
    const csv = planCsv(await view());
    expect(csv.startsWith("\uFEFFPlanungszeitraum;Handlungsfeld;Ziel;Unterziel;Nr.;Handlungsziel;Indikatoren;Zeitraum;Status;Verantwortlich;Angebote;Hinweise;Demo\r\n")).toBe(true);
    expect(csv).toContain("Plan 2025–2026;Beratung, Unterstützung und Information;Beratung sichern;Niedrigschwellig beraten;HF4-4;Maßnahme Nur inaktiv;;ab 2025;in Umsetzung;Verantwortliches Amt X4;\"Inaktive Beratung (Testträger e. V.; inaktiv)\";alle Angebote veraltet oder inaktiv;nein\r\n");
    expect(csv).toContain("Indikator Unbewertet 2 (noch nicht bewertet)");
  });

  it("is refused to providers, network partners and signed-out visitors", async () => {
    for (const actor of [users.provider, users.partner, null]) {
      await expect(getPlanView(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("the public side", () => {
  it("lists on the offer page the measures it serves, without the planners' note or internal fields", async () => {
    const offer = (await getPublicOffer(freshOfferId))!;
    expect(offer.planMeasures).toEqual([
      { id: ids["Aktuell"], title: "Maßnahme Aktuell", handlungsfeld: "Beratung, Unterstützung und Information", periodId, periodName: "Plan 2025–2026" },
      { id: ids["Unbewertet"], title: "Maßnahme Unbewertet", handlungsfeld: "Beratung, Unterstützung und Information", periodId, periodName: "Plan 2025–2026" },
    ]);
    const json = JSON.stringify(offer);
    for (const secret of [NOTE, EVIDENCE, BODY, "LSZ intern"]) expect(json).not.toContain(secret);
  });

  it("shows the period's measures with status and indicators, and no internal field", async () => {
    const plan = (await getPublicPlan({}))!;
    expect(plan.period?.id).toBe(periodId);
    const all = plan.sections.flatMap((s) => s.goals.flatMap((g) => g.subGoals.flatMap((sg) => sg.measures)));
    expect(all.map((m) => m.title)).toEqual(["Ohne Angebot", "Nur Entwurf", "Nur veraltet", "Nur inaktiv", "Aktuell", "Unbewertet"].map((k) => `Maßnahme ${k}`));
    expect(all.find((m) => m.id === ids["Unbewertet"])).toMatchObject({
      status: "IN_PROGRESS",
      indicators: [
        { statement: "Indikator Unbewertet 1", fulfilled: true },
        { statement: "Indikator Unbewertet 2", fulfilled: null },
      ],
    });
    const json = JSON.stringify(plan);
    for (const secret of [NOTE, EVIDENCE, BODY, "LSZ intern", "Frische Beratung"]) expect(json).not.toContain(secret);
    expect((await getPublicPlan({ zeitraum: oldPeriodId }))!.sections[0].goals[0].subGoals[0].measures.map((m) => m.title)).toEqual(["Maßnahme Alt"]);
    expect(await getPublicPlan({ zeitraum: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});
