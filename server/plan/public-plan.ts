import "server-only";
import { db } from "../db";
import type { MeasureStatus } from "../generated/prisma/enums";
import { publicPlanParamsSchema } from "./params";
import { listHandlungsfelder, resolvePeriod, type PeriodChoice } from "./periods";
import { current, groupMeasures, indicatorOrder, listGoals, measureColumns, measureOrder, type FieldSection } from "./tree";

// The plan as residents and the council may follow it: measures with status and indicators. The
// select names every column read, so internal fields (evidence notes, responsible body, funding,
// sources, the offers' links and their notes) are never even loaded. Retired items have left the
// plan: residents never see them.

export type PublicMeasure = {
  id: string;
  code: string | null;
  title: string;
  timeframe: string | null;
  status: MeasureStatus;
  isDemo: boolean;
  handlungsfeldId: string;
  subGoalId: string | null;
  indicators: { statement: string; fulfilled: boolean | null }[];
};

export type PublicPlan = { periods: PeriodChoice[]; period: PeriodChoice | null; sections: FieldSection<PublicMeasure>[] };

/** The period's plan (`zeitraum`, default: the current one); null if the period asked for does not exist. */
export async function getPublicPlan(rawParams: unknown, locale = "de"): Promise<PublicPlan | null> {
  const { zeitraum } = publicPlanParamsSchema.parse(rawParams ?? {});
  const [{ periods, period }, fields] = await Promise.all([resolvePeriod(zeitraum), listHandlungsfelder(locale)]);
  if (zeitraum && !period) return null;
  if (!period) return { periods, period, sections: [] };
  const [goals, measures] = await Promise.all([
    listGoals(period.id),
    db.measure.findMany({
      where: { periodId: period.id, ...current() },
      orderBy: measureOrder,
      select: {
        ...measureColumns,
        indicators: { where: current(), select: { statement: true, fulfilled: true }, orderBy: indicatorOrder },
      },
    }),
  ]);
  return { periods, period, sections: groupMeasures(fields, goals, measures) };
}
