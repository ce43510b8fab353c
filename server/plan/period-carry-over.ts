import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../authz";
import { db, type Tx } from "../db";
import type { MeasureStatus } from "../generated/prisma/enums";
import { plainText } from "../plain-text";
import { current } from "./tree";

// The Fortschreibung: a new planning period takes over the plan's structure (Ziele, Unterziele)
// and every measure still open from the period before it, each new measure linked to the one it
// continues (Measure.continuesId). Everything happens in one transaction: a half-copied plan
// would be worse than none.

/** Measures with these statuses are finished and stay behind; every other status carries over. */
export const CLOSED_STATUSES = ["IMPLEMENTED", "DISCONTINUED"] as const satisfies readonly MeasureStatus[];
export const isOpenStatus = (s: MeasureStatus) => !(CLOSED_STATUSES as readonly MeasureStatus[]).includes(s);

export const PERIOD_NAME_MAX = 200;
export type FieldErrors = Record<string, string>;
export type CreatePeriodResult = { ok: true; periodId: string; previousId: string | null; carried: number } | { ok: false; errors: FieldErrors };
const KNOWN = ["required", "tooLong", "notADate", "endBeforeStart", "overlaps", "notAStage"];

const day = z.iso.date("notADate").refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "notADate");
const periodSchema = z
  .object({
    name: plainText().min(1, "required").max(PERIOD_NAME_MAX, "tooLong"),
    startsOn: day,
    endsOn: day,
    adoptedOn: z.union([z.literal(""), day]).transform((v) => v || null),
    lszStage: z.enum(["", "1", "2", "3"], "notAStage").transform((v) => (v ? Number(v) : null)),
  })
  .refine((p) => p.endsOn > p.startsOn, { path: ["endsOn"], message: "endBeforeStart" });

const text = (v: unknown) => (typeof v === "string" ? v : "");
const errorsOf = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {};
  for (const i of error.issues) errors[String(i.path[0])] ??= KNOWN.includes(i.message) ? i.message : "invalid";
  return errors;
};
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The form's starting values: the day after the latest period ends, for two years. */
export async function nextPeriodDefaults(actor: Actor | null) {
  assertCan(actor, "plan:edit");
  const latest = await db.planningPeriod.findFirst({ orderBy: { endsOn: "desc" }, select: { name: true, endsOn: true, lszStage: true } });
  if (!latest) return { previous: null, name: "", startsOn: "", endsOn: "", lszStage: "" };
  const start = new Date(latest.endsOn.getTime() + 86_400_000);
  const end = new Date(Date.UTC(start.getUTCFullYear() + 2, start.getUTCMonth(), start.getUTCDate() - 1));
  const years = `${start.getUTCFullYear()}–${end.getUTCFullYear()}`;
  return {
    previous: latest.name,
    name: `Fortschreibung ${years}`,
    startsOn: isoDay(start),
    endsOn: isoDay(end),
    lszStage: latest.lszStage === null ? "" : String(latest.lszStage),
  };
}

/**
 * Creates the next period. It must start after every existing period has ended (so periods never
 * overlap and "the period before" is unambiguous); a gap is allowed. Funding settings (cap, Land
 * share) carry over, planned and spent amounts do not: they belong to a period's own budget.
 */
export async function createPeriod(actor: Actor | null, input: Record<string, unknown>): Promise<CreatePeriodResult> {
  assertCan(actor, "plan:edit");
  const parsed = periodSchema.safeParse(Object.fromEntries(["name", "startsOn", "endsOn", "adoptedOn", "lszStage"].map((k) => [k, text(input[k])])));
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const p = parsed.data;
  return db.$transaction(async (tx) => {
    // Two planners submitting at once: the second waits here and then sees the first's period.
    await tx.$executeRaw`lock table "PlanningPeriod" in share row exclusive mode`;
    const previous = await tx.planningPeriod.findFirst({ orderBy: { endsOn: "desc" }, select: { id: true, endsOn: true, capCents: true, landSharePercent: true } });
    if (previous && isoDay(previous.endsOn) >= p.startsOn) return { ok: false as const, errors: { startsOn: "overlaps" } };
    const period = await tx.planningPeriod.create({
      data: {
        name: p.name,
        startsOn: date(p.startsOn),
        endsOn: date(p.endsOn),
        adoptedOn: p.adoptedOn ? date(p.adoptedOn) : null,
        lszStage: p.lszStage,
        capCents: previous?.capCents ?? null,
        landSharePercent: previous?.landSharePercent ?? 70,
      },
      select: { id: true },
    });
    const carried = previous ? await carryOver(tx, previous.id, period.id) : 0;
    return { ok: true as const, periodId: period.id, previousId: previous?.id ?? null, carried };
  });
}

/** Copies goals, sub-goals and the open measures with their indicators (unassessed) and offer links. */
async function carryOver(tx: Tx, fromId: string, toId: string): Promise<number> {
  // Retired items have left the plan: they stay in their period and are not carried over.
  const goals = await tx.goal.findMany({ where: { periodId: fromId, ...current() }, include: { subGoals: { where: current() } } });
  const subGoalMap = new Map<string, string>();
  for (const g of goals) {
    const goal = await tx.goal.create({ data: { periodId: toId, handlungsfeldId: g.handlungsfeldId, title: g.title, sortOrder: g.sortOrder }, select: { id: true } });
    for (const s of g.subGoals) {
      const sub = await tx.subGoal.create({ data: { goalId: goal.id, title: s.title, sortOrder: s.sortOrder }, select: { id: true } });
      subGoalMap.set(s.id, sub.id);
    }
  }
  const open = await tx.measure.findMany({
    where: { periodId: fromId, status: { notIn: [...CLOSED_STATUSES] }, ...current() },
    include: { indicators: { where: current(), orderBy: { sortOrder: "asc" } }, services: { select: { serviceId: true, note: true } } },
  });
  const successor = new Map<string, string>();
  for (const m of open) {
    const created = await tx.measure.create({
      data: {
        periodId: toId,
        continuesId: m.id,
        handlungsfeldId: m.handlungsfeldId,
        subGoalId: m.subGoalId ? (subGoalMap.get(m.subGoalId) ?? null) : null,
        code: m.code,
        title: m.title,
        timeframe: m.timeframe,
        status: m.status,
        evidence: m.evidence,
        responsibleBody: m.responsibleBody,
        funding: m.funding,
        sources: m.sources,
        isDemo: m.isDemo,
        sortOrder: m.sortOrder,
        // A new period assesses its indicators anew.
        indicators: { create: m.indicators.map((i) => ({ statement: i.statement, sortOrder: i.sortOrder, fulfilled: null })) },
        // The offers that served the measure still serve it.
        services: { create: m.services.map((s) => ({ serviceId: s.serviceId, note: s.note })) },
      },
      select: { id: true },
    });
    successor.set(m.id, created.id);
  }
  await extendOpenRevisions(tx, successor);
  return open.length;
}

/**
 * A provider's open draft carries the measure ids it had when it was written; approving it
 * replaces the offer's links with those, which would silently drop the links made here. So an
 * open draft that names a carried-over measure names its successor too.
 */
async function extendOpenRevisions(tx: Tx, successor: Map<string, string>) {
  if (successor.size === 0) return;
  const open = await tx.serviceRevision.findMany({ where: { state: { in: ["DRAFT", "SUBMITTED"] } }, select: { id: true, data: true } });
  for (const r of open) {
    const data = r.data as { measureIds?: unknown } | null;
    const ids = Array.isArray(data?.measureIds) ? data.measureIds.filter((x): x is string => typeof x === "string") : [];
    const added = ids.flatMap((id) => successor.get(id) ?? []).filter((id) => !ids.includes(id));
    if (added.length === 0) continue;
    await tx.serviceRevision.update({ where: { id: r.id }, data: { data: { ...(r.data as object), measureIds: [...ids, ...added] } } });
  }
}
