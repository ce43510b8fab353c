import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { listHandlungsfelder, resolvePeriod, type PeriodChoice } from "./periods";
import { current, indicatorOrder, listGoals, measureOrder, type GoalRef, type HandlungsfeldRef } from "./tree";

// What the editing pages show (plan:edit): the period's whole tree, including goals and
// sub-goals without measures, retired items on request; one goal or measure with its children.

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const editParams = z.object({
  zeitraum: z.preprocess(one, z.uuid().optional()).catch(undefined),
  zurueckgezogen: z.preprocess(one, z.literal("1").optional()).catch(undefined).transform((v) => v === "1"),
});

export type EditMeasure = { id: string; code: string | null; title: string; retired: boolean };
export type EditSubGoal = GoalRef["subGoals"][number] & { measures: EditMeasure[] };
export type EditGoal = Omit<GoalRef, "subGoals"> & { subGoals: EditSubGoal[] };
export type EditField = { handlungsfeld: HandlungsfeldRef; goals: EditGoal[]; looseMeasures: EditMeasure[] };
export type EditTree = { periods: PeriodChoice[]; period: PeriodChoice | null; withRetired: boolean; fields: EditField[] };

/** The period's tree for editing; null if the period asked for does not exist. */
export async function getEditTree(actor: Actor | null, rawParams: unknown, locale = "de"): Promise<EditTree | null> {
  assertCan(actor, "plan:edit");
  const { zeitraum, zurueckgezogen: withRetired } = editParams.parse(rawParams ?? {});
  const [{ periods, period }, handlungsfelder] = await Promise.all([resolvePeriod(zeitraum), listHandlungsfelder(locale)]);
  if (zeitraum && !period) return null;
  if (!period) return { periods, period, withRetired, fields: [] };
  const [goals, measures] = await Promise.all([
    listGoals(period.id, withRetired),
    db.measure.findMany({
      where: { periodId: period.id, ...current(withRetired) },
      orderBy: measureOrder,
      select: { id: true, code: true, title: true, handlungsfeldId: true, subGoalId: true, retiredAt: true },
    }),
  ]);
  const placed = new Set(goals.flatMap((g) => g.subGoals.map((s) => s.id)));
  const toMeasure = (m: (typeof measures)[number]): EditMeasure => ({ id: m.id, code: m.code, title: m.title, retired: m.retiredAt !== null });
  const fields = handlungsfelder.map((handlungsfeld) => ({
    handlungsfeld,
    goals: goals
      .filter((g) => g.handlungsfeldId === handlungsfeld.id)
      .map((g) => ({ ...g, subGoals: g.subGoals.map((s) => ({ ...s, measures: measures.filter((m) => m.subGoalId === s.id).map(toMeasure) })) })),
    looseMeasures: measures.filter((m) => m.handlungsfeldId === handlungsfeld.id && (m.subGoalId === null || !placed.has(m.subGoalId))).map(toMeasure),
  }));
  return { periods, period, withRetired, fields };
}

const uuidOrNull = (v: unknown) => z.uuid().safeParse(v).data ?? null;

/** The period's current Unterziele with their Ziel and Handlungsfeld: the measure form's choices. */
async function subGoalChoices(periodId: string) {
  const rows = await db.subGoal.findMany({
    where: { retiredAt: null, goal: { periodId, retiredAt: null } },
    orderBy: [{ goal: { sortOrder: "asc" } }, { goal: { title: "asc" } }, { sortOrder: "asc" }, { title: "asc" }],
    select: { id: true, title: true, goal: { select: { title: true, handlungsfeldId: true } } },
  });
  return rows.map((s) => ({ id: s.id, title: s.title, goalTitle: s.goal.title, handlungsfeldId: s.goal.handlungsfeldId }));
}

/** A goal of any period with its sub-goals (retired ones too) and the goals it may hand them to. */
export async function getGoalForEdit(actor: Actor | null, idInput: unknown, locale = "de") {
  assertCan(actor, "plan:edit");
  const id = uuidOrNull(idInput);
  const goal = id
    ? await db.goal.findUnique({
        where: { id },
        include: { period: { select: { id: true, name: true } }, subGoals: { orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { title: "asc" }] } },
      })
    : null;
  if (!goal) return null;
  const [handlungsfelder, siblings] = await Promise.all([
    listHandlungsfelder(locale),
    db.goal.findMany({ where: { periodId: goal.periodId, handlungsfeldId: goal.handlungsfeldId, retiredAt: null }, orderBy: [{ sortOrder: "asc" }, { title: "asc" }], select: { id: true, title: true } }),
  ]);
  return { goal, handlungsfelder, goalChoices: siblings };
}

/** A measure of any period with its indicators (retired ones too) and the form's choices. */
export async function getMeasureForEdit(actor: Actor | null, idInput: unknown, locale = "de") {
  assertCan(actor, "plan:edit");
  const id = uuidOrNull(idInput);
  const measure = id
    ? await db.measure.findUnique({
        where: { id },
        include: { period: { select: { id: true, name: true } }, indicators: { orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, ...indicatorOrder] } },
      })
    : null;
  if (!measure) return null;
  const [handlungsfelder, subGoals] = await Promise.all([listHandlungsfelder(locale), subGoalChoices(measure.periodId)]);
  return { measure, handlungsfelder, subGoals };
}

/** The new-measure form's choices in a period (`zeitraum`); null if it does not exist. */
export async function getNewMeasureChoices(actor: Actor | null, rawParams: unknown, locale = "de") {
  assertCan(actor, "plan:edit");
  const { zeitraum } = editParams.parse(rawParams ?? {});
  const { period } = await resolvePeriod(zeitraum);
  if (!period) return null;
  const [handlungsfelder, subGoals] = await Promise.all([listHandlungsfelder(locale), subGoalChoices(period.id)]);
  return { period, handlungsfelder, subGoals };
}
