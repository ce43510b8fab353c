import "server-only";
import { assertCan, NotFoundError } from "../authz";
import { db, type Tx } from "../db";
import { STATUS_DE } from "./csv";
import { assertPeriod, handlungsfeldName } from "./editing-items";
import { measureSchema, parseForm, recordId, type EditResult } from "./editing-schema";
import { fieldChanges, measureSubject, recordChange, type Editor } from "./history";

// Planners (plan:edit) add and change a period's measures: title, code, Handlungsfeld, Unterziel,
// timeframe, status, responsible body, evidence text and sources. A measure stays in its period
// (the id must name a measure of the form's period) and in its Ziel's Handlungsfeld (an Unterziel
// of another field is refused next to the field).

type Input = Record<string, unknown>;
type MeasureFields = {
  code: string | null;
  title: string;
  timeframe: string | null;
  status: keyof typeof STATUS_DE;
  responsibleBody: string | null;
  evidence: string | null;
  sources: string[];
};

/** A measure's fields as the history shows them. */
const shown = (m: MeasureFields, handlungsfeld: string | null, subGoal: string | null) => ({
  title: m.title,
  code: m.code,
  handlungsfeld,
  subGoal,
  timeframe: m.timeframe,
  status: STATUS_DE[m.status],
  responsibleBody: m.responsibleBody,
  evidence: m.evidence,
  sources: m.sources.join("\n"),
});

/** The Unterziel's title if it belongs to the period and lies in the Handlungsfeld; an error code otherwise. */
async function checkSubGoal(tx: Tx, periodId: string, subGoalId: string | null, handlungsfeldId: string): Promise<{ title: string | null } | { error: "notInField" }> {
  if (subGoalId === null) return { title: null };
  const subGoal = await tx.subGoal.findFirst({ where: { id: subGoalId, goal: { periodId } }, select: { title: true, goal: { select: { handlungsfeldId: true } } } });
  if (!subGoal) throw new NotFoundError("sub-goal");
  return subGoal.goal.handlungsfeldId === handlungsfeldId ? { title: subGoal.title } : { error: "notInField" };
}

/** Adds (measure id null) or changes a measure of the form's period. */
export async function saveMeasure(actor: Editor | null, measureIdInput: string | null, input: Input): Promise<EditResult<{ id: string }>> {
  assertCan(actor, "plan:edit");
  const measureId = measureIdInput === null ? null : recordId(measureIdInput, "measure");
  const form = parseForm(measureSchema, input);
  return db.$transaction(async (tx): Promise<EditResult<{ id: string }>> => {
    const periodId = await assertPeriod(tx, input.periodId);
    const before = measureId
      ? await tx.measure.findFirst({ where: { id: measureId, periodId }, include: { handlungsfeld: { select: { name: true } }, subGoal: { select: { title: true } } } })
      : null;
    if (measureId && !before) throw new NotFoundError("measure");
    if (!form.ok) return form;
    const { handlungsfeldId, subGoalId, ...fields } = form.data;
    const field = await handlungsfeldName(tx, handlungsfeldId);
    if (!field) return { ok: false, errors: { handlungsfeldId: "unknown" } };
    const subGoal = await checkSubGoal(tx, periodId, subGoalId, handlungsfeldId);
    if ("error" in subGoal) return { ok: false, errors: { subGoalId: subGoal.error } };
    const after = shown(fields, field, subGoal.title);
    if (before) {
      await tx.measure.update({ where: { id: before.id }, data: { ...fields, handlungsfeldId, subGoalId } });
      const changes = fieldChanges(shown(before, before.handlungsfeld.name, before.subGoal?.title ?? null), after);
      await recordChange(tx, actor, { periodId, entity: "MEASURE", entityId: before.id, subject: measureSubject(before) }, "UPDATE", changes);
      return { ok: true, id: before.id };
    }
    // A new measure goes to the end of its Unterziel (or of its Handlungsfeld's measures without one).
    const last = await tx.measure.findFirst({ where: { periodId, handlungsfeldId, subGoalId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const measure = await tx.measure.create({ data: { ...fields, periodId, handlungsfeldId, subGoalId, sortOrder: last ? last.sortOrder + 1 : 0 } });
    await recordChange(tx, actor, { periodId, entity: "MEASURE", entityId: measure.id, subject: measureSubject(measure) }, "CREATE", fieldChanges({}, after));
    return { ok: true, id: measure.id };
  });
}
