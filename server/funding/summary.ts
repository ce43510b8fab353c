import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { listFundingChanges, type PlanChangeRow } from "../plan/history";
import { listHandlungsfelder, resolvePeriod, type PeriodChoice } from "../plan/periods";

// The funding of one planning period against its LSZ cap: planned and spent sums per
// Handlungsfeld and in total, and how the planned sum splits between Land and Kommune. Reading
// needs planning:read (the amounts are internal until the city publishes them).

export type Sums = { plannedCents: number; spentCents: number; landCents: number; kommuneCents: number };
export type FundingMeasure = { id: string; code: string | null; title: string; handlungsfeldId: string; plannedCents: number | null; spentCents: number | null };
export type FundingSettings = { lszStage: number | null; capCents: number | null; landSharePercent: number };
export type FundingView = {
  periods: PeriodChoice[];
  period: PeriodChoice | null;
  settings: FundingSettings | null;
  rows: ({ handlungsfeld: { id: string; code: string; name: string } } & Sums)[];
  total: Sums;
  /** Over the cap (strictly more; equal is within it). False while no cap is entered. */
  plannedOverCap: boolean;
  spentOverCap: boolean;
  measures: FundingMeasure[];
  history: PlanChangeRow[];
};

/** Land's share rounded to the cent; the Kommune pays the rest, so the two always add up. */
export function splitCents(cents: number, landSharePercent: number): { landCents: number; kommuneCents: number } {
  const landCents = Math.round((cents * landSharePercent) / 100);
  return { landCents, kommuneCents: cents - landCents };
}

function sums(measures: FundingMeasure[], landSharePercent: number): Sums {
  const plannedCents = measures.reduce((s, m) => s + (m.plannedCents ?? 0), 0);
  const spentCents = measures.reduce((s, m) => s + (m.spentCents ?? 0), 0);
  return { plannedCents, spentCents, ...splitCents(plannedCents, landSharePercent) };
}

export async function getFundingView(actor: Actor | null, periodId: string | undefined, locale = "de"): Promise<FundingView | null> {
  assertCan(actor, "planning:read");
  const { periods, period } = await resolvePeriod(periodId);
  if (periodId && !period) return null;
  const empty = { plannedCents: 0, spentCents: 0, landCents: 0, kommuneCents: 0 };
  if (!period) return { periods, period, settings: null, rows: [], total: empty, plannedOverCap: false, spentOverCap: false, measures: [], history: [] };
  const [settings, measures, fields, history] = await Promise.all([
    db.planningPeriod.findUniqueOrThrow({ where: { id: period.id }, select: { lszStage: true, capCents: true, landSharePercent: true } }),
    db.measure.findMany({
      where: { periodId: period.id },
      orderBy: [{ code: "asc" }, { title: "asc" }],
      select: { id: true, code: true, title: true, handlungsfeldId: true, plannedCents: true, spentCents: true },
    }),
    listHandlungsfelder(locale),
    listFundingChanges(period.id),
  ]);
  const rows = fields.map((handlungsfeld) => ({
    handlungsfeld,
    ...sums(measures.filter((m) => m.handlungsfeldId === handlungsfeld.id), settings.landSharePercent),
  }));
  const total = sums(measures, settings.landSharePercent);
  const over = (cents: number) => settings.capCents !== null && cents > settings.capCents;
  return {
    periods,
    period,
    settings,
    rows,
    total,
    plannedOverCap: over(total.plannedCents),
    spentOverCap: over(total.spentCents),
    measures,
    history,
  };
}
