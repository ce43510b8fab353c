import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db, type Tx } from "../db";
import { env } from "../env";
import type { MikroprojektStatus } from "../generated/prisma/enums";
import { berlinDate } from "../offers/staleness";
import { plainText } from "../plain-text";
import { fieldChanges, recordChange, type Editor } from "../plan/history";
import { listHandlungsfelder } from "../plan/periods";
import { MIKROPROJEKT_STATUS_DE } from "./status";
import { euroField, formatEuro } from "./money";
import type { FieldErrors, SaveResult } from "./mutations";

// The register of Mikroprojekte: small projects outside the plan, funded up to a fixed amount each
// (MIKROPROJEKT_MAX_EUR, the municipal guideline's 1,000 EUR) from a yearly budget. A project's
// year is the year of its date. Rejected projects are listed but do not count against the budget.

export const MIKROPROJEKT_STATUSES = ["APPLIED", "APPROVED", "SETTLED", "REJECTED"] as const satisfies readonly MikroprojektStatus[];
export const TEXT_MAX = 200;
/** The most one Mikroprojekt may receive, in cents (checked at start-up in server/env.ts). */
export const mikroprojektMaxCents = () => env.MIKROPROJEKT_MAX_EUR * 100;

export type MikroprojektRow = {
  id: string;
  title: string;
  recipient: string | null;
  handlungsfeldId: string;
  handlungsfeldName: string;
  amountCents: number;
  date: string | null;
  status: MikroprojektStatus;
  isDemo: boolean;
};
export type MikroprojektRegister = {
  years: number[];
  year: number;
  projects: MikroprojektRow[];
  totalCents: number;
  budgetCents: number | null;
  overBudget: boolean;
  handlungsfelder: { id: string; name: string }[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function getMikroprojektRegister(actor: Actor | null, yearParam: unknown, locale = "de"): Promise<MikroprojektRegister> {
  assertCan(actor, "planning:read");
  const [projectYears, budgets, handlungsfelder] = await Promise.all([
    db.mikroprojekt.findMany({ distinct: ["year"], select: { year: true } }),
    db.mikroprojektBudget.findMany({ select: { year: true, budgetCents: true } }),
    listHandlungsfelder(locale),
  ]);
  const thisYear = Number(berlinDate().slice(0, 4));
  const years = [...new Set([thisYear, ...projectYears.map((p) => p.year), ...budgets.map((b) => b.year)])].sort((a, b) => b - a);
  const asked = z.coerce.number().int().min(2000).max(2100).safeParse(yearParam);
  const latestWithData = years.find((y) => y !== thisYear || projectYears.some((p) => p.year === y)) ?? thisYear;
  const year = asked.success ? asked.data : projectYears.some((p) => p.year === thisYear) ? thisYear : latestWithData;
  if (!years.includes(year)) years.push(year);
  const rows = await db.mikroprojekt.findMany({ where: { year }, orderBy: [{ date: "asc" }, { title: "asc" }] });
  const names = new Map(handlungsfelder.map((h) => [h.id, h.name]));
  const projects = rows.map((p) => ({
    id: p.id,
    title: p.title,
    recipient: p.recipient,
    handlungsfeldId: p.handlungsfeldId,
    handlungsfeldName: names.get(p.handlungsfeldId) ?? "",
    amountCents: p.amountCents,
    date: day(p.date),
    status: p.status,
    isDemo: p.isDemo,
  }));
  const totalCents = projects.filter((p) => p.status !== "REJECTED").reduce((s, p) => s + p.amountCents, 0);
  const budgetCents = budgets.find((b) => b.year === year)?.budgetCents ?? null;
  return {
    years: years.sort((a, b) => b - a),
    year,
    projects,
    totalCents,
    budgetCents,
    overBudget: budgetCents !== null && totalCents > budgetCents,
    handlungsfelder: handlungsfelder.map(({ id, name }) => ({ id, name })),
  };
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const projectSchema = z.object({
  title: plainText().min(1, "required").max(TEXT_MAX, "tooLong"),
  recipient: plainText().min(1, "required").max(TEXT_MAX, "tooLong"),
  handlungsfeldId: z.uuid("required"),
  amount: euroField(false).refine((cents) => cents === null || cents <= mikroprojektMaxCents(), "overCap"),
  date: z.iso.date("notADate").refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "notADate"),
  status: z.enum(MIKROPROJEKT_STATUSES, "required"),
});
const KNOWN = ["required", "tooLong", "notAnAmount", "tooLarge", "overCap", "notADate"];
const errorsOf = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {};
  for (const i of error.issues) errors[String(i.path[0])] ??= KNOWN.includes(i.message) ? i.message : "invalid";
  return errors;
};

/** The plan period a Mikroprojekt belongs to: its own, else the one its date falls in (the history's filter). */
async function periodOf(tx: Tx, project: { periodId: string | null; date: Date | null }) {
  if (project.periodId || !project.date) return project.periodId;
  const period = await tx.planningPeriod.findFirst({ where: { startsOn: { lte: project.date }, endsOn: { gte: project.date } }, orderBy: { startsOn: "desc" }, select: { id: true } });
  return period?.id ?? null;
}

type ProjectRow = { title: string; recipient: string | null; handlungsfeldId: string; amountCents: number; date: Date | null; status: MikroprojektStatus };
/** A project's fields as the history shows them. */
async function shown(tx: Tx, p: ProjectRow) {
  const field = await tx.taxonomyTerm.findUnique({ where: { id: p.handlungsfeldId }, select: { name: true } });
  return { title: p.title, recipient: p.recipient, handlungsfeld: field?.name ?? null, amount: formatEuro(p.amountCents), date: day(p.date), status: MIKROPROJEKT_STATUS_DE[p.status] };
}

/** Creates (id null) or changes a Mikroprojekt; refuses an amount over the cap with "overCap" on the amount field. */
export async function saveMikroprojekt(actor: Editor | null, id: string | null, input: Record<string, unknown>): Promise<SaveResult & { year?: number }> {
  assertCan(actor, "plan:edit");
  if (id !== null && !z.uuid().safeParse(id).success) throw new NotFoundError("mikroprojekt");
  const parsed = projectSchema.safeParse(Object.fromEntries(Object.keys(projectSchema.shape).map((k) => [k, text(input[k])])));
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { title, recipient, handlungsfeldId, amount, date, status } = parsed.data;
  const field = await db.taxonomyTerm.findFirst({ where: { id: handlungsfeldId, taxonomy: { key: "handlungsfeld" } }, select: { id: true } });
  if (!field) return { ok: false, errors: { handlungsfeldId: "required" } };
  const year = Number(date.slice(0, 4));
  const data = { title, recipient, handlungsfeldId, amountCents: amount!, date: new Date(`${date}T00:00:00Z`), year, status };
  await db.$transaction(async (tx) => {
    const before = id === null ? null : await tx.mikroprojekt.findUnique({ where: { id } });
    if (id !== null && !before) throw new NotFoundError("mikroprojekt");
    const saved = before ? await tx.mikroprojekt.update({ where: { id: before.id }, data }) : await tx.mikroprojekt.create({ data: { ...data, isDemo: false } });
    const item = { periodId: await periodOf(tx, saved), entity: "MIKROPROJEKT" as const, entityId: saved.id, subject: saved.title };
    const after = await shown(tx, saved);
    if (before) await recordChange(tx, actor, item, "UPDATE", fieldChanges(await shown(tx, before), after));
    else await recordChange(tx, actor, item, "CREATE", fieldChanges({}, after));
  });
  return { ok: true, year };
}

export async function deleteMikroprojekt(actor: Editor | null, id: string): Promise<void> {
  assertCan(actor, "plan:edit");
  await db.$transaction(async (tx) => {
    const project = await tx.mikroprojekt.findUnique({ where: { id } });
    if (!project) throw new NotFoundError("mikroprojekt");
    await tx.mikroprojekt.delete({ where: { id } });
    const item = { periodId: await periodOf(tx, project), entity: "MIKROPROJEKT" as const, entityId: id, subject: project.title };
    await recordChange(tx, actor, item, "DELETE", fieldChanges(await shown(tx, project), {}));
  });
}

export async function saveMikroprojektBudget(actor: Editor | null, yearInput: unknown, amountInput: unknown): Promise<SaveResult> {
  assertCan(actor, "plan:edit");
  const year = z.coerce.number().int().min(2000).max(2100).safeParse(yearInput);
  if (!year.success) throw new NotFoundError("year");
  const amount = euroField(false).safeParse(text(amountInput));
  if (!amount.success) return { ok: false, errors: { budget: KNOWN.includes(amount.error.issues[0].message) ? amount.error.issues[0].message : "invalid" } };
  await db.$transaction(async (tx) => {
    const before = await tx.mikroprojektBudget.findUnique({ where: { year: year.data } });
    await tx.mikroprojektBudget.upsert({ where: { year: year.data }, create: { year: year.data, budgetCents: amount.data! }, update: { budgetCents: amount.data! } });
    const item = { periodId: await periodOf(tx, { periodId: null, date: new Date(`${year.data}-01-01T00:00:00Z`) }), entity: "MIKROPROJEKT_BUDGET" as const, entityId: null, subject: `Mikroprojekte ${year.data}` };
    await recordChange(tx, actor, item, "UPDATE", fieldChanges({ budget: formatEuro(before?.budgetCents ?? null) }, { budget: formatEuro(amount.data!) }));
  });
  return { ok: true };
}

/** One project to edit (its form's starting values). */
export async function getMikroprojekt(actor: Actor | null, id: unknown) {
  assertCan(actor, "plan:edit");
  const ok = z.uuid().safeParse(id);
  return ok.success ? db.mikroprojekt.findUnique({ where: { id: ok.data } }) : null;
}
