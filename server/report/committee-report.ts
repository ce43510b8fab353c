import "server-only";
import { assertCan, type Actor } from "../authz";
import { getCoverageMatrix, type CoverageCell, type CoverageMatrix, type CoverageRowKind } from "../coverage/matrix";
import { getAreaProfiles, type AreaProfile } from "../coverage/profile";
import { getFundingView, type FundingSettings, type Sums } from "../funding/summary";
import { getNeedDataOverview, type AreaNeedData } from "../need-data/overview";
import { berlinDate } from "../offers/staleness";
import { planParamsSchema } from "../plan/params";
import { getPlanView, type PlanMeasure } from "../plan/plan-view";
import { listHandlungsfelder, type PeriodChoice } from "../plan/periods";
import type { GoalGroup, HandlungsfeldRef } from "../plan/tree";
import { getMeasureEvidence, type MeasureEvidence } from "./evidence";
import { needDataSources, planSources, type ReportSources } from "./sources";

// The committee report (/planung/bericht and its CSV): the plan's part 2 (the Planungsräume:
// residents, households, indicators, offers) and part 3 (per Handlungsfeld the measures with
// status, evidence and funding) on one Stichtag. Nothing is counted here: the figures are those of
// the planners' own pages (profile, coverage matrix, plan view, funding summary), put side by side.

/** The page and the CSV take the period only (a malformed id falls back to the default). */
export const reportParamsSchema = planParamsSchema.pick({ zeitraum: true });

export type ReportMeasure = PlanMeasure & { evidence: MeasureEvidence; plannedCents: number | null; spentCents: number | null };
export type FieldCoverageRow = { key: string; name: string; kind: CoverageRowKind; cell: CoverageCell };
export type ReportField = {
  handlungsfeld: HandlungsfeldRef;
  /** The coverage matrix's column of this Handlungsfeld, one row per Planungsraum (and city-wide, regional). */
  coverage: FieldCoverageRow[];
  /** Offers per 1,000 residents over all Planungsräume, the gaps' reference. */
  cityRate: number | null;
  goals: GoalGroup<ReportMeasure>[];
  funding: Sums;
};
export type AgeBand = { ageFrom: number; ageTo: number | null };
export type CommitteeReport = {
  /** The date the data was read (YYYY-MM-DD, Eisenach's calendar). */
  stichtag: string;
  periods: PeriodChoice[];
  period: PeriodChoice | null;
  profile: { year: number | null; rows: AreaProfile[] };
  /** Residents per Planungsraum in the life phases' age bands (the coverage matrix's bands). */
  ageBands: { bands: AgeBand[]; rows: { key: string; name: string; residents: (number | null)[] }[] };
  needData: AreaNeedData[];
  /** The coverage matrix's gap threshold (% of the city's rate). */
  gapThreshold: number;
  fields: ReportField[];
  funding: { settings: FundingSettings | null; total: Sums; plannedOverCap: boolean; spentOverCap: boolean };
  sources: ReportSources;
};

/** Distinct age bands of the life phases, youngest first; the whole population (0 and up) is the profile's. */
function ageBands(matrix: CoverageMatrix): CommitteeReport["ageBands"] {
  const bands: (AgeBand & { column: number })[] = [];
  matrix.columns.forEach((c, column) => {
    if (c.ageFrom === null || (c.ageFrom === 0 && c.ageTo === null)) return;
    if (!bands.some((b) => b.ageFrom === c.ageFrom && b.ageTo === c.ageTo)) bands.push({ ageFrom: c.ageFrom, ageTo: c.ageTo, column });
  });
  bands.sort((a, b) => a.ageFrom - b.ageFrom || (a.ageTo ?? Infinity) - (b.ageTo ?? Infinity));
  const rows = matrix.rows.filter((r) => r.kind === "area").map((r) => ({ key: r.key, name: r.name, residents: bands.map((b) => r.cells[b.column].residents) }));
  return { bands: bands.map(({ ageFrom, ageTo }) => ({ ageFrom, ageTo })), rows };
}

const sumsOf = (s: Sums | undefined): Sums => ({ plannedCents: s?.plannedCents ?? 0, spentCents: s?.spentCents ?? 0, landCents: s?.landCents ?? 0, kommuneCents: s?.kommuneCents ?? 0 });

/**
 * The report of a period (`periodId`, default: the one running on the Stichtag); null if the
 * period asked for does not exist. `stichtag` (default today) decides the default period and which
 * offers count as stale, as on the plan view.
 */
export async function buildCommitteeReport(actor: Actor | null, options: { periodId?: string; stichtag?: string } = {}, locale = "de"): Promise<CommitteeReport | null> {
  assertCan(actor, "planning:read");
  const stichtag = options.stichtag ?? berlinDate();
  const [plan, profile, fieldMatrix, phaseMatrix, needData, fields] = await Promise.all([
    getPlanView(actor, { zeitraum: options.periodId }, locale, { today: stichtag }),
    getAreaProfiles(actor),
    getCoverageMatrix(actor, { achse: "handlungsfeld" }, locale),
    getCoverageMatrix(actor, { achse: "lebensphase" }, locale),
    getNeedDataOverview(actor),
    listHandlungsfelder(locale),
  ]);
  if (!plan) return null;
  const measures = plan.sections.flatMap((s) => s.goals.flatMap((g) => g.subGoals.flatMap((sg) => sg.measures)));
  const [funding, evidence, fromPlan] = await Promise.all([
    plan.period ? getFundingView(actor, plan.period.id, locale) : null,
    getMeasureEvidence(measures),
    planSources(plan.period?.id),
  ]);
  const amounts = new Map(funding?.measures.map((m) => [m.id, m]));
  const withEvidence = (m: PlanMeasure): ReportMeasure => ({
    ...m,
    evidence: evidence.get(m.id)!,
    plannedCents: amounts.get(m.id)?.plannedCents ?? null,
    spentCents: amounts.get(m.id)?.spentCents ?? null,
  });
  return {
    stichtag,
    periods: plan.periods,
    period: plan.period,
    profile,
    ageBands: ageBands(phaseMatrix),
    needData,
    gapThreshold: fieldMatrix.params.schwelle,
    fields: fields.map((handlungsfeld) => {
      const column = fieldMatrix.columns.findIndex((c) => c.code === handlungsfeld.code);
      const section = plan.sections.find((s) => s.handlungsfeld.id === handlungsfeld.id);
      return {
        handlungsfeld,
        coverage: column < 0 ? [] : fieldMatrix.rows.map((r) => ({ key: r.key, name: r.name, kind: r.kind, cell: r.cells[column] })),
        cityRate: column < 0 ? null : fieldMatrix.cityRates[column],
        goals: (section?.goals ?? []).map((g) => ({ goal: g.goal, subGoals: g.subGoals.map((s) => ({ subGoal: s.subGoal, measures: s.measures.map(withEvidence) })) })),
        funding: sumsOf(funding?.rows.find((r) => r.handlungsfeld.id === handlungsfeld.id)),
      };
    }),
    funding: {
      settings: funding?.settings ?? null,
      total: sumsOf(funding?.total),
      plannedOverCap: funding?.plannedOverCap ?? false,
      spentOverCap: funding?.spentOverCap ?? false,
    },
    sources: { ...needDataSources(needData, profile.year), ...fromPlan },
  };
}
