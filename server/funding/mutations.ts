import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { euroField, formatEuro } from "./money";

// Planners with plan:edit change a period's funding settings and each measure's amounts. Every
// changed field leaves a FundingChange row (who, when, old -> new, as the page shows the values)
// in the same transaction as the change, so the history cannot miss one.

export type FieldErrors = Record<string, string>;
export type SaveResult = { ok: true } | { ok: false; errors: FieldErrors };
type Editor = Actor & { id: string };

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

type Change = { field: string; oldValue: string | null; newValue: string | null };
const changed = (field: string, before: string | null, after: string | null): Change[] =>
  before === after ? [] : [{ field, oldValue: before || null, newValue: after || null }];
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
    const changes = [
      ...changed("Förderstufe", stageText(before.lszStage), stageText(lszStage)),
      ...changed("Obergrenze", formatEuro(before.capCents), formatEuro(cap)),
      ...changed("Anteil Land", `${before.landSharePercent} %`, `${landSharePercent} %`),
    ];
    await tx.fundingChange.createMany({ data: changes.map((c) => ({ ...c, periodId, userId: actor.id, subject: "Planungszeitraum" })) });
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
    const changes = [...changed("geplant", formatEuro(before.plannedCents), formatEuro(planned)), ...changed("ausgegeben", formatEuro(before.spentCents), formatEuro(spent))];
    const subject = before.code ? `${before.code} ${before.title}` : before.title;
    await tx.fundingChange.createMany({ data: changes.map((c) => ({ ...c, periodId: before.periodId, userId: actor.id, subject })) });
  });
  return { ok: true };
}
