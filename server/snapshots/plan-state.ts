import "server-only";
import { db } from "../db";
import { resolvePeriod } from "../plan/periods";
import { current, measureOrder } from "../plan/tree";
import type { SnapshotContent } from "./content";

// The plan's state for a snapshot: the measures of the period running on the Stichtag (as the plan
// view picks it) with their status and how many indicators are met, not met or not yet assessed.
// Only today's state is known: measures keep no history of their status.

export async function planOn(stichtag: string): Promise<SnapshotContent["plan"]> {
  const { period } = await resolvePeriod(undefined, stichtag);
  if (!period) return null;
  const measures = await db.measure.findMany({
    // Retired measures and indicators have left the plan.
    where: { periodId: period.id, ...current() },
    orderBy: measureOrder,
    select: { id: true, code: true, title: true, status: true, handlungsfeld: { select: { code: true } }, indicators: { where: current(), select: { fulfilled: true } } },
  });
  return {
    periodName: period.name,
    measures: measures.map((m) => ({
      id: m.id,
      code: m.code,
      title: m.title,
      handlungsfeld: m.handlungsfeld.code,
      status: m.status,
      indicators: {
        fulfilled: m.indicators.filter((i) => i.fulfilled === true).length,
        notFulfilled: m.indicators.filter((i) => i.fulfilled === false).length,
        open: m.indicators.filter((i) => i.fulfilled === null).length,
      },
    })),
  };
}
