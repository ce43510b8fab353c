import "server-only";
import { assertCan, NotFoundError } from "../authz";
import { db, type Tx } from "../db";
import { goalSchema, indicatorSchema, parseForm, recordId, subGoalSchema, type EditResult } from "./editing-schema";
import { fieldChanges, measureSubject, recordChange, type Editor } from "./history";

// Planners (plan:edit) add and change a period's Ziele, Unterziele and a measure's Indikatoren.
// Every form names its period; each id it carries must belong to that period, so a forged id
// from another period is "not found" and nothing moves across periods. Each change and its
// history rows are one transaction. Measures: ./editing-measures.ts; order and retiring:
// ./editing-order.ts.

type Input = Record<string, unknown>;

/** The period a form edits, if it exists. */
export async function assertPeriod(tx: Tx, periodIdInput: unknown): Promise<string> {
  const id = recordId(periodIdInput, "planning period");
  if (!(await tx.planningPeriod.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("planning period");
  return id;
}

/** A Handlungsfeld's name, or null when the id names none (a field error, not a missing page). */
export async function handlungsfeldName(tx: Tx, id: string): Promise<string | null> {
  const term = await tx.taxonomyTerm.findFirst({ where: { id, taxonomy: { key: "handlungsfeld" } }, select: { name: true } });
  return term?.name ?? null;
}

/** The next place at the end of a list of siblings. */
const nextOrder = (last: { sortOrder: number } | null) => (last ? last.sortOrder + 1 : 0);

export async function saveGoal(actor: Editor | null, goalIdInput: string | null, input: Input): Promise<EditResult<{ id: string }>> {
  assertCan(actor, "plan:edit");
  const goalId = goalIdInput === null ? null : recordId(goalIdInput, "goal");
  const form = parseForm(goalSchema, input);
  return db.$transaction(async (tx): Promise<EditResult<{ id: string }>> => {
    const periodId = await assertPeriod(tx, input.periodId);
    const before = goalId ? await tx.goal.findFirst({ where: { id: goalId, periodId }, include: { handlungsfeld: { select: { name: true } } } }) : null;
    if (goalId && !before) throw new NotFoundError("goal");
    if (!form.ok) return form;
    const { title, handlungsfeldId } = form.data;
    const field = await handlungsfeldName(tx, handlungsfeldId);
    if (!field) return { ok: false, errors: { handlungsfeldId: "unknown" } };
    // Measures keep their Handlungsfeld: a goal with measures under it stays in theirs.
    if (before && before.handlungsfeldId !== handlungsfeldId && (await tx.measure.count({ where: { subGoal: { goalId: before.id } } })) > 0)
      return { ok: false, errors: { handlungsfeldId: "notInField" } };
    const after = { title, handlungsfeld: field };
    if (before) {
      await tx.goal.update({ where: { id: before.id }, data: { title, handlungsfeldId } });
      await recordChange(tx, actor, { periodId, entity: "GOAL", entityId: before.id, subject: before.title }, "UPDATE", fieldChanges({ title: before.title, handlungsfeld: before.handlungsfeld.name }, after));
      return { ok: true, id: before.id };
    }
    const last = await tx.goal.findFirst({ where: { periodId, handlungsfeldId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const goal = await tx.goal.create({ data: { periodId, title, handlungsfeldId, sortOrder: nextOrder(last) } });
    await recordChange(tx, actor, { periodId, entity: "GOAL", entityId: goal.id, subject: title }, "CREATE", fieldChanges({}, after));
    return { ok: true, id: goal.id };
  });
}

export async function saveSubGoal(actor: Editor | null, subGoalIdInput: string | null, input: Input): Promise<EditResult<{ id: string; goalId: string }>> {
  assertCan(actor, "plan:edit");
  const subGoalId = subGoalIdInput === null ? null : recordId(subGoalIdInput, "sub-goal");
  const form = parseForm(subGoalSchema, input);
  return db.$transaction(async (tx): Promise<EditResult<{ id: string; goalId: string }>> => {
    const periodId = await assertPeriod(tx, input.periodId);
    const before = subGoalId ? await tx.subGoal.findFirst({ where: { id: subGoalId, goal: { periodId } }, include: { goal: true } }) : null;
    if (subGoalId && !before) throw new NotFoundError("sub-goal");
    if (!form.ok) return form;
    const { title, goalId } = form.data;
    const goal = await tx.goal.findFirst({ where: { id: goalId, periodId } });
    if (!goal) throw new NotFoundError("goal");
    // An Unterziel may move to another Ziel of the same Handlungsfeld only: its measures stay in theirs.
    if (before && goal.handlungsfeldId !== before.goal.handlungsfeldId) return { ok: false, errors: { goalId: "notInField" } };
    const after = { title, goal: goal.title };
    if (before) {
      await tx.subGoal.update({ where: { id: before.id }, data: { title, goalId } });
      await recordChange(tx, actor, { periodId, entity: "SUB_GOAL", entityId: before.id, subject: before.title }, "UPDATE", fieldChanges({ title: before.title, goal: before.goal.title }, after));
      return { ok: true, id: before.id, goalId };
    }
    const last = await tx.subGoal.findFirst({ where: { goalId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const subGoal = await tx.subGoal.create({ data: { goalId, title, sortOrder: nextOrder(last) } });
    await recordChange(tx, actor, { periodId, entity: "SUB_GOAL", entityId: subGoal.id, subject: title }, "CREATE", fieldChanges({}, after));
    return { ok: true, id: subGoal.id, goalId };
  });
}

/** Adds (indicator id null) or rewords an indicator of a measure of the period. */
export async function saveIndicator(actor: Editor | null, indicatorIdInput: string | null, input: Input): Promise<EditResult<{ id: string; measureId: string }>> {
  assertCan(actor, "plan:edit");
  const indicatorId = indicatorIdInput === null ? null : recordId(indicatorIdInput, "indicator");
  const measureId = recordId(input.measureId, "measure");
  const form = parseForm(indicatorSchema, input);
  return db.$transaction(async (tx): Promise<EditResult<{ id: string; measureId: string }>> => {
    const periodId = await assertPeriod(tx, input.periodId);
    const measure = await tx.measure.findFirst({ where: { id: measureId, periodId }, select: { id: true, code: true, title: true } });
    if (!measure) throw new NotFoundError("measure");
    const before = indicatorId ? await tx.measureIndicator.findFirst({ where: { id: indicatorId, measureId } }) : null;
    if (indicatorId && !before) throw new NotFoundError("indicator");
    if (!form.ok) return form;
    const { statement } = form.data;
    const subject = measureSubject(measure);
    if (before) {
      await tx.measureIndicator.update({ where: { id: before.id }, data: { statement } });
      await recordChange(tx, actor, { periodId, entity: "INDICATOR", entityId: before.id, subject }, "UPDATE", fieldChanges({ statement: before.statement }, { statement }));
      return { ok: true, id: before.id, measureId };
    }
    const last = await tx.measureIndicator.findFirst({ where: { measureId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const indicator = await tx.measureIndicator.create({ data: { measureId, statement, sortOrder: nextOrder(last) } });
    await recordChange(tx, actor, { periodId, entity: "INDICATOR", entityId: indicator.id, subject }, "CREATE", fieldChanges({}, { statement }));
    return { ok: true, id: indicator.id, measureId };
  });
}
