import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import type { MeasureStatus } from "../generated/prisma/enums";
import { listHandlungsfelder, type PeriodChoice } from "./periods";
import { measureOrder } from "./tree";

// Two planning periods side by side: which measures the later one carried over (and what changed
// on the way), which it added and which of the earlier one it dropped, per Handlungsfeld. A
// measure matches when the later one continues it, also across periods in between
// (Measure.continuesId followed back step by step).

export const COMPARED_FIELDS = ["title", "status", "timeframe", "responsibleBody", "indicators"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type ComparedMeasure = {
  id: string;
  code: string | null;
  title: string;
  status: MeasureStatus;
  timeframe: string | null;
  responsibleBody: string | null;
  indicators: string[];
  handlungsfeldId: string;
  continuesId: string | null;
};
export type FieldChange = { field: ComparedField; before: string; after: string };
export type CarriedPair = { before: ComparedMeasure; after: ComparedMeasure; changes: FieldChange[] };
export type ComparisonSection = {
  handlungsfeld: { id: string; code: string; name: string };
  carried: CarriedPair[];
  added: ComparedMeasure[];
  dropped: ComparedMeasure[];
};
export type Counts = { carried: number; changed: number; added: number; dropped: number };
export type PeriodComparison = {
  periods: PeriodChoice[];
  from: PeriodChoice | null;
  to: PeriodChoice | null;
  sections: ComparisonSection[];
  counts: Counts;
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const comparisonParamsSchema = z.object({
  von: z.preprocess(one, z.uuid().optional()).catch(undefined),
  bis: z.preprocess(one, z.uuid().optional()).catch(undefined),
});

const day = (d: Date) => d.toISOString().slice(0, 10);
const measureSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  timeframe: true,
  responsibleBody: true,
  handlungsfeldId: true,
  continuesId: true,
  indicators: { select: { statement: true }, orderBy: [{ sortOrder: "asc" as const }, { statement: "asc" as const }] },
};

/** A period's measures; `currentOnly` leaves out retired ones (and retired indicators). */
const loadMeasures = async (periodId: string, currentOnly: boolean): Promise<ComparedMeasure[]> => {
  const retired = currentOnly ? { retiredAt: null } : {};
  const select = { ...measureSelect, indicators: { ...measureSelect.indicators, where: retired } };
  return (await db.measure.findMany({ where: { periodId, ...retired }, orderBy: measureOrder, select })).map((m) => ({ ...m, indicators: m.indicators.map((i) => i.statement) }));
};

const shown = (m: ComparedMeasure, field: ComparedField) => (field === "indicators" ? m.indicators.join("; ") : (m[field] ?? ""));

/** What differs between a measure and the one it continues, field by field. */
export function measureChanges(before: ComparedMeasure, after: ComparedMeasure): FieldChange[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const [b, a] = [shown(before, field), shown(after, field)];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

/** Compares period `von` (default: the second latest) with `bis` (default: the latest); null if either id names no period. */
export async function getPeriodComparison(actor: Actor | null, rawParams: unknown, locale = "de"): Promise<PeriodComparison | null> {
  assertCan(actor, "planning:read");
  const params = comparisonParamsSchema.parse(rawParams ?? {});
  const [rows, fields, links] = await Promise.all([
    db.planningPeriod.findMany({ orderBy: [{ startsOn: "desc" }, { name: "asc" }], select: { id: true, name: true, startsOn: true, endsOn: true } }),
    listHandlungsfelder(locale),
    // Every continuation link (one small row per measure), to follow chains across periods.
    db.measure.findMany({ where: { continuesId: { not: null } }, select: { id: true, continuesId: true } }),
  ]);
  const periods: PeriodChoice[] = rows.map((p) => ({ id: p.id, name: p.name, startsOn: day(p.startsOn), endsOn: day(p.endsOn) }));
  const pick = (id: string | undefined, fallback: PeriodChoice | undefined) => (id ? periods.find((p) => p.id === id) : fallback);
  const from = pick(params.von, periods[1]);
  const to = pick(params.bis, periods[0]);
  if ((params.von && !from) || (params.bis && !to)) return null;
  const empty = { periods, from: from ?? null, to: to ?? null, sections: [], counts: { carried: 0, changed: 0, added: 0, dropped: 0 } };
  if (!from || !to) return empty;

  // A measure retired in the later period has left the plan: its predecessor counts as dropped.
  // The earlier period keeps its retired measures, which were dropped along the way.
  const [before, after] = await Promise.all([loadMeasures(from.id, false), loadMeasures(to.id, true)]);
  const beforeById = new Map(before.map((m) => [m.id, m]));
  const parent = new Map(links.map((l) => [l.id, l.continuesId!]));
  const ancestorIn = (id: string) => {
    // Bounded: a chain is at most one step per period.
    for (let cur: string | undefined = id, steps = 0; cur && steps <= periods.length; cur = parent.get(cur), steps++) {
      const hit = beforeById.get(cur);
      if (hit) return hit;
    }
    return undefined;
  };
  const carried: CarriedPair[] = [];
  const added: ComparedMeasure[] = [];
  for (const m of after) {
    const prev = ancestorIn(m.id);
    if (prev) carried.push({ before: prev, after: m, changes: measureChanges(prev, m) });
    else added.push(m);
  }
  const continued = new Set(carried.map((c) => c.before.id));
  const dropped = before.filter((m) => !continued.has(m.id));

  const sections = fields.flatMap((handlungsfeld) => {
    const section = {
      handlungsfeld,
      carried: carried.filter((c) => c.after.handlungsfeldId === handlungsfeld.id),
      added: added.filter((m) => m.handlungsfeldId === handlungsfeld.id),
      dropped: dropped.filter((m) => m.handlungsfeldId === handlungsfeld.id),
    };
    return section.carried.length + section.added.length + section.dropped.length > 0 ? [section] : [];
  });
  const counts = { carried: carried.length, changed: carried.filter((c) => c.changes.length > 0).length, added: added.length, dropped: dropped.length };
  return { ...empty, sections, counts };
}
