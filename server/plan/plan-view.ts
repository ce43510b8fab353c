import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { MeasureStatus } from "../generated/prisma/enums";
import { isSearchable } from "../../search/document";
import { isStaleOffer, staleCutoff, type StalenessOptions } from "../offers/staleness";
import { FLAG_KINDS, planParamsSchema, type FlagKind, type PlanParams } from "./params";
import { listHandlungsfelder, resolvePeriod, type PeriodChoice } from "./periods";
import { current, groupMeasures, indicatorOrder, listGoals, measureColumns, measureOrder, type FieldSection } from "./tree";

// The planners' plan view: every measure of a period with its indicators, the offers linked to it
// and three flags. Four queries for the whole plan (periods, Handlungsfelder, goals, measures with
// their indicators and offers, which Prisma loads in one round per relation), never one per measure.

export type PlanOffer = {
  id: string;
  name: string;
  organizationName: string;
  /** The planners' note on the link (never public). */
  note: string | null;
  /** Published and active: residents find it, so it has a public page. */
  isPublic: boolean;
  inactive: boolean;
  stale: boolean;
};

export type PlanMeasure = {
  id: string;
  code: string | null;
  title: string;
  timeframe: string | null;
  status: MeasureStatus;
  responsibleBody: string | null;
  isDemo: boolean;
  handlungsfeldId: string;
  subGoalId: string | null;
  indicators: { id: string; statement: string; fulfilled: boolean | null }[];
  /** Left the plan (shown only with "zurückgezogene anzeigen"). */
  retired: boolean;
  offers: PlanOffer[];
  flags: FlagKind[];
};

export type FieldSummary = { id: string; name: string; measures: number; flagged: number } & Record<FlagKind, number>;

export type PlanView = {
  params: PlanParams;
  periods: PeriodChoice[];
  period: PeriodChoice | null;
  summary: { fields: FieldSummary[]; total: Omit<FieldSummary, "id" | "name"> };
  sections: FieldSection<PlanMeasure>[];
  /** Measures shown after the filter. */
  shown: number;
  /** The stale list's period, for the page's explanation. */
  staleMonths: number;
};

/** The offers linked to a measure, as the plan view and the measure page read them. */
export const planOffersSelect = {
  // An offer never published (version 0) is not in the catalogue yet: it serves nothing.
  where: { service: { version: { gt: 0 } } },
  orderBy: { service: { name: "asc" } },
  select: { note: true, service: { select: { id: true, name: true, status: true, version: true, lastVerifiedAt: true, organization: { select: { name: true } } } } },
} as const satisfies Prisma.Measure$servicesArgs;

type LinkedOffer = Prisma.ServiceMeasureGetPayload<{ select: (typeof planOffersSelect)["select"] }>;

export function toPlanOffers(services: LinkedOffer[], cutoff: Date): PlanOffer[] {
  return services.map(({ note, service: s }) => ({
    id: s.id,
    name: s.name,
    organizationName: s.organization.name,
    note,
    isPublic: isSearchable(s),
    inactive: s.status !== "active",
    stale: isStaleOffer(s, cutoff),
  }));
}

/**
 * "ohne-angebot": no published offer is linked at all. "veraltet": offers are linked, but none is
 * both active and confirmed within the stale list's period (every one is stale, inactive or
 * closed). The two exclude each other; together they are "no current offer serves this measure".
 * "indikator": an indicator is not assessed yet.
 */
export function measureFlags(m: Pick<PlanMeasure, "offers" | "indicators">): FlagKind[] {
  const flags: FlagKind[] = [];
  if (m.offers.length === 0) flags.push("ohne-angebot");
  else if (m.offers.every((o) => o.inactive || o.stale)) flags.push("veraltet");
  if (m.indicators.some((i) => i.fulfilled === null)) flags.push("indikator");
  return flags;
}

const countFlags = (measures: PlanMeasure[]) => ({
  measures: measures.length,
  flagged: measures.filter((m) => m.flags.length > 0).length,
  ...(Object.fromEntries(FLAG_KINDS.map((k) => [k, measures.filter((m) => m.flags.includes(k)).length])) as Record<FlagKind, number>),
});

const summarize = (fields: { id: string; name: string }[], measures: PlanMeasure[]): PlanView["summary"] => ({
  fields: fields.map((f) => ({ id: f.id, name: f.name, ...countFlags(measures.filter((m) => m.handlungsfeldId === f.id)) })),
  total: countFlags(measures),
});

/** Loads a period's measures for planners (`planning:read`); null if the period asked for does not exist. */
export async function getPlanView(actor: Actor | null, rawParams: unknown, locale = "de", options: StalenessOptions = {}): Promise<PlanView | null> {
  assertCan(actor, "planning:read");
  const params = planParamsSchema.parse(rawParams ?? {});
  const [{ periods, period }, fields] = await Promise.all([resolvePeriod(params.zeitraum, options.today), listHandlungsfelder(locale)]);
  if (params.zeitraum && !period) return null;
  const staleMonths = options.months ?? env.STALE_AFTER_MONTHS;
  const periodId = period?.id;
  if (!periodId) return { params, periods, period, summary: summarize(fields, []), sections: [], shown: 0, staleMonths };
  const cutoff = staleCutoff(options);
  const [goals, rows] = await Promise.all([
    listGoals(periodId, params.zurueckgezogen),
    db.measure.findMany({
      // Retired measures and indicators have left the plan; a planner may show them, marked.
      where: { periodId, ...current(params.zurueckgezogen) },
      orderBy: measureOrder,
      select: {
        ...measureColumns,
        responsibleBody: true,
        retiredAt: true,
        indicators: { where: current(params.zurueckgezogen), select: { id: true, statement: true, fulfilled: true }, orderBy: indicatorOrder },
        services: planOffersSelect,
      },
    }),
  ]);
  const measures: PlanMeasure[] = rows.map(({ services, retiredAt, ...m }) => {
    const offers = toPlanOffers(services, cutoff);
    return { ...m, retired: retiredAt !== null, offers, flags: measureFlags({ offers, indicators: m.indicators }) };
  });
  const shownMeasures = measures.filter((m) => (params.hinweis === undefined ? true : params.hinweis === "jeder" ? m.flags.length > 0 : m.flags.includes(params.hinweis)));
  return {
    params,
    periods,
    period,
    // The summary counts the current plan, with or without retired measures on show.
    summary: summarize(fields, measures.filter((m) => !m.retired)),
    sections: groupMeasures(fields, goals, shownMeasures),
    shown: shownMeasures.length,
    staleMonths,
  };
}
