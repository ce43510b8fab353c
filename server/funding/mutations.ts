import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError } from "../authz";
import { db } from "../db";
import { fieldChanges, measureSubject, recordChange, type Editor } from "../plan/history";
import { euroField, formatEuro } from "./money";

// Planners with plan:edit change a period's funding settings and each measure's amounts. Every
// changed field leaves a row in the plan's history (who, when, old -> new, as the page shows the
// values; server/plan/history.ts) in the same transaction as the change, so it cannot miss one.

export type FieldErrors = Record<string, string>;
export type SaveResult = { ok: true } | { ok: false; errors: FieldErrors };

const text = (v: unknown) => (typeof v === "string" ? v : "");
const errorsOf = (error: z.ZodError): FieldErrors =>
  Object.fromEntries(error.issues.map((i) => [String(i.path[0]), ["required", "notAnAmount", "tooLarge", "notAStage", "notAPercent"].includes(i.message) ? i.message : "invalid"]));

const settingsSchema = z.object({
  lszStage: z.string().trim().transform((v, ctx) => {
    if (v === "") return null;
    if (!/^[123]$/.test(v)) ctx.addIssue({ code: "custom", message: "notAStage" });
    return Number(v);
  }),
  cap: euroField(true),
  landSharePercent: z.string().trim().transform((v, ctx) => {
    const n = Number(v.replace(/\s*%$/, "").replace(",", "."));
    if (v === "" || !Number.isInteger(n) || n < 0 || n > 100) ctx.addIssue({ code: "custom", message: "notAPercent" });
    return n;
  }),
});

const amountsSchema = z.object({ planned: euroField(true), spent: euroField(true) });

const stageText = (n: number | null) => (n === null ? null : `Stufe ${n}`);

export async function savePeriodFunding(actor: Editor | null, periodId: string, input: Record<string, unknown>): Promise<SaveResult> {
  assertCan(actor, "plan:edit");
  if (!z.uuid().safeParse(periodId).success) throw new NotFoundError("planning period");
  const parsed = settingsSchema.safeParse({ lszStage: text(input.lszStage), cap: text(input.cap), landSharePercent: text(input.landSharePercent) });
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { lszStage, cap, landSharePercent } = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await tx.planningPeriod.findUnique({ where: { id: periodId }, select: { lszStage: true, capCents: true, landSharePercent: true } });
    if (!before) throw new NotFoundError("planning period");
    await tx.planningPeriod.update({ where: { id: periodId }, data: { lszStage, capCents: cap, landSharePercent } });
    const changes = fieldChanges(
      { lszStage: stageText(before.lszStage), cap: formatEuro(before.capCents), landSharePercent: `${before.landSharePercent} %` },
      { lszStage: stageText(lszStage), cap: formatEuro(cap), landSharePercent: `${landSharePercent} %` },
    );
    await recordChange(tx, actor, { periodId, entity: "PERIOD", entityId: periodId, subject: "Planungszeitraum" }, "UPDATE", changes);
  });
  return { ok: true };
}

export async function saveMeasureFunding(actor: Editor | null, measureId: string, input: Record<string, unknown>): Promise<SaveResult> {
  assertCan(actor, "plan:edit");
  if (!z.uuid().safeParse(measureId).success) throw new NotFoundError("measure");
  const parsed = amountsSchema.safeParse({ planned: text(input.planned), spent: text(input.spent) });
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { planned, spent } = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await tx.measure.findUnique({ where: { id: measureId }, select: { periodId: true, code: true, title: true, plannedCents: true, spentCents: true } });
    if (!before) throw new NotFoundError("measure");
    await tx.measure.update({ where: { id: measureId }, data: { plannedCents: planned, spentCents: spent } });
    const changes = fieldChanges({ planned: formatEuro(before.plannedCents), spent: formatEuro(before.spentCents) }, { planned: formatEuro(planned), spent: formatEuro(spent) });
    await recordChange(tx, actor, { periodId: before.periodId, entity: "MEASURE", entityId: measureId, subject: measureSubject(before) }, "UPDATE", changes);
  });
  return { ok: true };
}
