import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { deleteMikroprojekt, saveMikroprojekt, saveMikroprojektBudget } from "../../server/funding/mikroprojekte";
import { getPublicOffer } from "../../server/offers/queries";
import { saveGoal, saveIndicator, saveSubGoal } from "../../server/plan/editing-items";
import { saveMeasure } from "../../server/plan/editing-measures";
import { moveItem, retireItem, restoreItem } from "../../server/plan/editing-order";
import { getEditTree } from "../../server/plan/editing-read";
import { createPeriod } from "../../server/plan/period-carry-over";
import { getPlanHistory } from "../../server/plan/history";
import { getPlanView, type PlanView } from "../../server/plan/plan-view";
import { getPublicPlan, type PublicPlan } from "../../server/plan/public-plan";
import { getEditOptions } from "../../server/revisions/edit-options";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, offerData, publishTestOffer } from "../setup/fixtures";

// Planners edit the plan of the running period ("Plan 2025–2026", which covers today): goals,
// sub-goals, measures and indicators are added, changed, reordered, retired and restored, each
// change with a history row (who, when). An older period ("Plan 2021–2022") holds a goal and a
// measure whose ids a forged form may carry.

const { db } = setupTestDatabase();
let users: Awaited<ReturnType<typeof createRoleUsers>>;
let periodId: string;
let oldPeriodId: string;
let hf4: string;
let hf5: string;
const ids: Record<string, string> = {};
const old: Record<string, string> = {};

beforeAll(async () => {
  await createReferenceData(db);
  users = await createRoleUsers(db);
  hf4 = (await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4", taxonomy: { key: "handlungsfeld" } } })).id;
  const taxonomy = await db.taxonomy.findUniqueOrThrow({ where: { key: "handlungsfeld" } });
  hf5 = (await db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code: "5", name: "Wohnumfeld", sortOrder: 5 } })).id;
  periodId = (await db.planningPeriod.create({ data: { name: "Plan 2025–2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31") } })).id;
  oldPeriodId = (await db.planningPeriod.create({ data: { name: "Plan 2021–2022", startsOn: new Date("2021-01-01"), endsOn: new Date("2022-12-31") } })).id;
  const oldGoal = await db.goal.create({ data: { periodId: oldPeriodId, handlungsfeldId: hf4, title: "Alter Ziel", subGoals: { create: [{ title: "Altes Unterziel" }] } }, include: { subGoals: true } });
  old.goal = oldGoal.id;
  old.subGoal = oldGoal.subGoals[0].id;
  old.measure = (await db.measure.create({ data: { periodId: oldPeriodId, handlungsfeldId: hf4, title: "Alte Maßnahme", indicators: { create: [{ statement: "Alt" }] } } })).id;
});

const measureInput = (overrides: Record<string, string> = {}) => ({
  periodId,
  title: "Familienlotsen einsetzen",
  code: "HF4-7",
  handlungsfeldId: hf4,
  subGoalId: ids.subGoal ?? "",
  timeframe: "ab 2025",
  status: "PLANNED",
  responsibleBody: "Amt für Familie",
  evidence: "Interner Vermerk Q7",
  sources: "Stadtratsbeschluss 2025/12\n\nhttps://example.org/plan",
  ...overrides,
});
const created = async <T extends { ok: boolean }>(result: Promise<T>) => {
  const r = await result;
  expect(r).toMatchObject({ ok: true });
  return r as T & { id: string };
};
const planMeasures = (v: PlanView | PublicPlan) => v.sections.flatMap((s) => s.goals.flatMap((g) => g.subGoals.flatMap((sg) => sg.measures)));
const view = async (params: Record<string, string> = {}) => (await getPlanView(users.reviewer, { zeitraum: periodId, ...params }))!;
const history = (entityId: string) => db.planChange.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });

describe("adding and changing", () => {
  it("adds a goal, a sub-goal, a measure and an indicator, each with who and when in the history", async () => {
    ids.goal = (await created(saveGoal(users.reviewer, null, { periodId, title: "Familien beraten", handlungsfeldId: hf4 }))).id;
    ids.subGoal = (await created(saveSubGoal(users.reviewer, null, { periodId, title: "Wege verkürzen", goalId: ids.goal }))).id;
    ids.measure = (await created(saveMeasure(users.reviewer, null, measureInput()))).id;
    ids.indicator = (await created(saveIndicator(users.reviewer, null, { periodId, measureId: ids.measure, statement: "Konzept liegt vor" }))).id;
    const stored = await db.measure.findUniqueOrThrow({ where: { id: ids.measure } });
    expect(stored).toMatchObject({ periodId, subGoalId: ids.subGoal, status: "PLANNED", sources: ["Stadtratsbeschluss 2025/12", "https://example.org/plan"] });
    for (const [key, entity] of [["goal", "GOAL"], ["subGoal", "SUB_GOAL"], ["measure", "MEASURE"], ["indicator", "INDICATOR"]] as const) {
      const rows = await history(ids[key]);
      expect(rows.length, key).toBeGreaterThan(0);
      expect(rows.every((r) => r.entity === entity && r.action === "CREATE" && r.userId === users.reviewer.id && r.periodId === periodId && r.at instanceof Date)).toBe(true);
    }
    expect(await history(ids.measure)).toContainEqual(expect.objectContaining({ field: "status", oldValue: null, newValue: "geplant" }));
    expect(planMeasures(await view()).map((m) => m.title)).toEqual(["Familienlotsen einsetzen"]);
  });

  it("changes a measure: one history row per changed field, old -> new", async () => {
    await created(saveMeasure(users.reviewer, ids.measure, measureInput({ title: "Familienlotsen ausbauen", status: "IN_PROGRESS" })));
    const rows = (await history(ids.measure)).filter((r) => r.action === "UPDATE");
    expect(rows.map((r) => [r.field, r.oldValue, r.newValue])).toEqual(
      expect.arrayContaining([
        ["title", "Familienlotsen einsetzen", "Familienlotsen ausbauen"],
        ["status", "geplant", "in Umsetzung"],
      ]),
    );
    expect(rows).toHaveLength(2);
    await created(saveIndicator(users.reviewer, ids.indicator, { periodId, measureId: ids.measure, statement: "Konzept liegt vor und ist beschlossen" }));
    expect(await history(ids.indicator)).toContainEqual(expect.objectContaining({ action: "UPDATE", field: "statement", oldValue: "Konzept liegt vor" }));
  });

  it("gives field errors for bad input and stores nothing", async () => {
    const count = await db.measure.count();
    const changes = await db.planChange.count();
    const sources = Array.from({ length: 21 }, (_, i) => `Quelle ${i}`).join("\n");
    expect(await saveMeasure(users.reviewer, null, measureInput({ title: "  ", status: "FERTIG", code: "x".repeat(41), sources, handlungsfeldId: "" }))).toEqual({
      ok: false,
      errors: { title: "required", status: "required", code: "tooLong", sources: "tooMany", handlungsfeldId: "required" },
    });
    expect(await saveGoal(users.reviewer, null, { periodId, title: "x".repeat(301), handlungsfeldId: hf4 })).toEqual({ ok: false, errors: { title: "tooLong" } });
    expect(await saveIndicator(users.reviewer, null, { periodId, measureId: ids.measure, statement: "" })).toEqual({ ok: false, errors: { statement: "required" } });
    expect(await saveGoal(users.reviewer, null, { periodId, title: "Ziel", handlungsfeldId: ids.goal })).toEqual({ ok: false, errors: { handlungsfeldId: "unknown" } });
    expect(await db.measure.count()).toBe(count);
    expect(await db.planChange.count()).toBe(changes);
  });

  it("keeps a measure in its goal's Handlungsfeld", async () => {
    expect(await saveMeasure(users.reviewer, ids.measure, measureInput({ handlungsfeldId: hf5 }))).toEqual({ ok: false, errors: { subGoalId: "notInField" } });
    expect(await saveGoal(users.reviewer, ids.goal, { periodId, title: "Familien beraten", handlungsfeldId: hf5 })).toEqual({ ok: false, errors: { handlungsfeldId: "notInField" } });
    expect((await db.measure.findUniqueOrThrow({ where: { id: ids.measure } })).handlungsfeldId).toBe(hf4);
  });
});

describe("order, retiring, restoring", () => {
  it("moves a measure and an indicator up and down, renumbering ties", async () => {
    ids.second = (await created(saveMeasure(users.reviewer, null, measureInput({ title: "Zweite", code: "" })))).id;
    ids.third = (await created(saveMeasure(users.reviewer, null, measureInput({ title: "Dritte", code: "" })))).id;
    const titles = async () => planMeasures(await view()).map((m) => m.title);
    expect(await titles()).toEqual(["Familienlotsen ausbauen", "Zweite", "Dritte"]);
    await moveItem(users.reviewer, { periodId, kind: "measure", id: ids.third, direction: "up" });
    expect(await titles()).toEqual(["Familienlotsen ausbauen", "Dritte", "Zweite"]);
    expect(await history(ids.third)).toContainEqual(expect.objectContaining({ action: "MOVE", field: "position", oldValue: "3", newValue: "2", userId: users.reviewer.id }));
    // At the top nothing moves and nothing is written.
    const before = await db.planChange.count();
    await moveItem(users.reviewer, { periodId, kind: "measure", id: ids.measure, direction: "up" });
    expect(await db.planChange.count()).toBe(before);
    await created(saveIndicator(users.reviewer, null, { periodId, measureId: ids.measure, statement: "Eröffnung" }));
    const second = await db.measureIndicator.findFirstOrThrow({ where: { statement: "Eröffnung" } });
    await moveItem(users.reviewer, { periodId, kind: "indicator", id: second.id, direction: "up" });
    const shown = planMeasures(await view()).find((m) => m.id === ids.measure)!;
    expect(shown.indicators.map((i) => i.statement)).toEqual(["Eröffnung", "Konzept liegt vor und ist beschlossen"]);
  });

  it("retires a measure: gone from the plan view, the public plan and the offer page, kept in history; the toggle shows it", async () => {
    const offerId = await publishTestOffer(db, offerData({ name: "Lotsenberatung", lastVerifiedAt: "2026-11-01", measureIds: [ids.second] }));
    expect((await getPublicOffer(offerId))!.planMeasures.map((m) => m.id)).toEqual([ids.second]);
    expect(await retireItem(users.reviewer, { periodId, kind: "measure", id: ids.second, reason: "in HF4-7 aufgegangen" })).not.toHaveProperty("refused");
    expect(planMeasures(await view()).map((m) => m.id)).not.toContain(ids.second);
    expect(planMeasures((await getPublicPlan({ zeitraum: periodId }))!).map((m) => m.id)).not.toContain(ids.second);
    expect((await getPublicOffer(offerId))!.planMeasures).toEqual([]);
    // The offer form offers it no more, except to the offer that serves it (else saving would drop the link).
    const measureChoices = async (linked?: string[]) => (await getEditOptions("de", linked)).measures.flatMap((g) => g.choices.map((c) => c.value));
    expect(await measureChoices()).not.toContain(ids.second);
    expect(await measureChoices([ids.second])).toContain(ids.second);
    const withRetired = planMeasures(await view({ zurueckgezogen: "1" })).find((m) => m.id === ids.second);
    expect(withRetired).toMatchObject({ retired: true });
    expect(await history(ids.second)).toContainEqual(expect.objectContaining({ action: "RETIRE", field: "retiredReason", newValue: "in HF4-7 aufgegangen", userId: users.reviewer.id }));
    // An indicator retires on its own.
    const indicator = await db.measureIndicator.findFirstOrThrow({ where: { statement: "Eröffnung" } });
    await retireItem(users.reviewer, { periodId, kind: "indicator", id: indicator.id, reason: "" });
    expect(planMeasures(await view()).find((m) => m.id === ids.measure)!.indicators.map((i) => i.statement)).toEqual(["Konzept liegt vor und ist beschlossen"]);
    const publicMeasure = planMeasures((await getPublicPlan({ zeitraum: periodId }))!).find((m) => m.id === ids.measure)!;
    expect(publicMeasure.indicators.map((i) => i.statement)).toEqual(["Konzept liegt vor und ist beschlossen"]);
    expect(JSON.stringify(await getPublicPlan({ zeitraum: periodId }))).not.toContain("Interner Vermerk Q7");
  });

  it("refuses to retire a goal or sub-goal with current items, and to restore under a retired parent", async () => {
    expect(await retireItem(users.reviewer, { periodId, kind: "subGoal", id: ids.subGoal, reason: "" })).toMatchObject({ refused: "hasCurrentItems" });
    expect(await retireItem(users.reviewer, { periodId, kind: "goal", id: ids.goal, reason: "" })).toMatchObject({ refused: "hasCurrentItems" });
    const lone = (await created(saveSubGoal(users.reviewer, null, { periodId, title: "Leeres Unterziel", goalId: ids.goal }))).id;
    expect(await retireItem(users.reviewer, { periodId, kind: "subGoal", id: lone, reason: "" })).toEqual({ place: expect.objectContaining({ kind: "subGoal", id: lone, goalId: ids.goal }) });
    const tree = (await getEditTree(users.reviewer, { zeitraum: periodId }))!;
    expect(tree.fields.flatMap((f) => f.goals.flatMap((g) => g.subGoals.map((s) => s.title)))).toEqual(["Wege verkürzen"]);
    const all = (await getEditTree(users.reviewer, { zeitraum: periodId, zurueckgezogen: "1" }))!;
    expect(all.fields.flatMap((f) => f.goals.flatMap((g) => g.subGoals.map((s) => [s.title, s.retired])))).toEqual([
      ["Wege verkürzen", false],
      ["Leeres Unterziel", true],
    ]);
  });

  it("retires an empty goal: gone from the editing tree unless retired entries are shown", async () => {
    const goal = (await created(saveGoal(users.reviewer, null, { periodId, title: "Leeres Ziel", handlungsfeldId: hf4 }))).id;
    await retireItem(users.reviewer, { periodId, kind: "goal", id: goal, reason: "" });
    const titles = async (params: Record<string, string>) => (await getEditTree(users.reviewer, { zeitraum: periodId, ...params }))!.fields.flatMap((f) => f.goals.map((g) => g.title));
    expect(await titles({})).toEqual(["Familien beraten"]);
    expect(await titles({ zurueckgezogen: "1" })).toEqual(["Familien beraten", "Leeres Ziel"]);
  });

  it("restores a retired measure at the end of its siblings", async () => {
    expect(await restoreItem(users.reviewer, { periodId, kind: "measure", id: ids.second })).not.toHaveProperty("refused");
    expect(planMeasures(await view()).map((m) => m.title)).toEqual(["Familienlotsen ausbauen", "Dritte", "Zweite"]);
    expect(await history(ids.second)).toContainEqual(expect.objectContaining({ action: "RESTORE", userId: users.reviewer.id }));
  });
});

describe("who may edit, and in which period", () => {
  it("refuses ids of another period, whatever the form says", async () => {
    await expect(saveMeasure(users.reviewer, old.measure, measureInput())).rejects.toThrow(NotFoundError);
    await expect(saveMeasure(users.reviewer, ids.measure, measureInput({ subGoalId: old.subGoal }))).rejects.toThrow(NotFoundError);
    await expect(saveSubGoal(users.reviewer, null, { periodId, title: "Fremd", goalId: old.goal })).rejects.toThrow(NotFoundError);
    await expect(saveIndicator(users.reviewer, null, { periodId, measureId: old.measure, statement: "Fremd" })).rejects.toThrow(NotFoundError);
    await expect(saveGoal(users.reviewer, old.goal, { periodId, title: "Fremd", handlungsfeldId: hf4 })).rejects.toThrow(NotFoundError);
    for (const [kind, id] of [["goal", old.goal], ["subGoal", old.subGoal], ["measure", old.measure]] as const) {
      await expect(moveItem(users.reviewer, { periodId, kind, id, direction: "up" })).rejects.toThrow(NotFoundError);
      await expect(retireItem(users.reviewer, { periodId, kind, id, reason: "" })).rejects.toThrow(NotFoundError);
    }
    await expect(saveMeasure(users.reviewer, "not-a-uuid", measureInput())).rejects.toThrow(NotFoundError);
    expect(await db.measure.findUniqueOrThrow({ where: { id: old.measure } })).toMatchObject({ title: "Alte Maßnahme", retiredAt: null, periodId: oldPeriodId });
    expect(await db.subGoal.count({ where: { goalId: old.goal } })).toBe(1);
  });

  it("refuses providers and network partners on every read and write", async () => {
    const before = await db.planChange.count();
    for (const person of [users.provider, users.partner]) {
      await expect(getEditTree(person, {})).rejects.toThrow(ForbiddenError);
      await expect(getPlanHistory(person, {})).rejects.toThrow(ForbiddenError);
      await expect(saveGoal(person, null, { periodId, title: "X", handlungsfeldId: hf4 })).rejects.toThrow(ForbiddenError);
      await expect(saveSubGoal(person, null, { periodId, title: "X", goalId: ids.goal })).rejects.toThrow(ForbiddenError);
      await expect(saveMeasure(person, ids.measure, measureInput({ title: "X" }))).rejects.toThrow(ForbiddenError);
      await expect(saveIndicator(person, null, { periodId, measureId: ids.measure, statement: "X" })).rejects.toThrow(ForbiddenError);
      await expect(moveItem(person, { periodId, kind: "measure", id: ids.third, direction: "up" })).rejects.toThrow(ForbiddenError);
      await expect(retireItem(person, { periodId, kind: "measure", id: ids.third, reason: "" })).rejects.toThrow(ForbiddenError);
      await expect(restoreItem(person, { periodId, kind: "measure", id: ids.third })).rejects.toThrow(ForbiddenError);
    }
    expect(await db.planChange.count()).toBe(before);
  });
});

describe("the history page", () => {
  it("records Mikroprojekte in the same history, under the period their date falls in", async () => {
    const project = { title: "Lesepaten", recipient: "Verein", handlungsfeldId: hf4, amount: "500", date: "2025-03-01", status: "APPLIED" };
    expect(await saveMikroprojekt(users.reviewer, null, project)).toMatchObject({ ok: true });
    const id = (await db.mikroprojekt.findFirstOrThrow({ where: { title: "Lesepaten" } })).id;
    await saveMikroprojekt(users.reviewer, id, { ...project, amount: "750" });
    await saveMikroprojektBudget(users.reviewer, 2025, "15.000");
    await deleteMikroprojekt(users.reviewer, id);
    const rows = await history(id);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(["CREATE", "UPDATE", "DELETE"]));
    expect(rows.every((r) => r.entity === "MIKROPROJEKT" && r.periodId === periodId && r.userId === users.reviewer.id)).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ action: "UPDATE", field: "amount", oldValue: "500,00\u00a0€", newValue: "750,00\u00a0€" }));
    expect(await db.planChange.findFirst({ where: { entity: "MIKROPROJEKT_BUDGET" } })).toMatchObject({ periodId, field: "budget", newValue: "15.000,00\u00a0€" });
  });

  it("lists a period's changes newest first with who; the other period's apart", async () => {
    const page = (await getPlanHistory(users.reviewer, { zeitraum: periodId }))!;
    expect(page.rows.length).toBeGreaterThan(10);
    const times = page.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.rows.every((r) => r.who === users.reviewer.email)).toBe(true);
    expect((await getPlanHistory(users.reviewer, { zeitraum: oldPeriodId }))!.rows).toEqual([]);
    expect(await getPlanHistory(users.reviewer, { zeitraum: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});

describe("the next period", () => {
  it("carries over current items only: retired goals, sub-goals, measures and indicators stay behind", async () => {
    await retireItem(users.reviewer, { periodId, kind: "measure", id: ids.third, reason: "" });
    const result = await createPeriod(users.reviewer, { name: "Fortschreibung 2027–2028", startsOn: "2027-01-01", endsOn: "2028-12-31", adoptedOn: "", lszStage: "" });
    expect(result).toMatchObject({ ok: true });
    const next = (result as { periodId: string }).periodId;
    const measures = await db.measure.findMany({ where: { periodId: next }, include: { indicators: true }, orderBy: { sortOrder: "asc" } });
    expect(measures.map((m) => m.title)).toEqual(["Familienlotsen ausbauen", "Zweite"]);
    expect(measures[0].indicators.map((i) => i.statement)).toEqual(["Konzept liegt vor und ist beschlossen"]);
    expect(await db.subGoal.findMany({ where: { goal: { periodId: next } }, select: { title: true } })).toEqual([{ title: "Wege verkürzen" }]);
  });
});
