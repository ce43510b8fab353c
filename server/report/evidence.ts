import "server-only";
import { db } from "../db";
import type { PlanMeasure } from "../plan/plan-view";

// What the committee report says about a measure's evidence: each indicator's state and the
// measure's evidence note. The one place the report reads evidence, so that indicator
// assessments with documents (a table of their own, arriving later) replace only this function.

export type MeasureEvidence = {
  /** fulfilled: null while not assessed. */
  indicators: { id: string; statement: string; fulfilled: boolean | null }[];
  /** The planners' evidence note on the measure (internal: planners and the committee only). */
  note: string | null;
};

/** The evidence of each measure (by id), from the indicators the plan view loaded and one query for the notes. */
export async function getMeasureEvidence(measures: Pick<PlanMeasure, "id" | "indicators">[]): Promise<Map<string, MeasureEvidence>> {
  const notes = await db.measure.findMany({ where: { id: { in: measures.map((m) => m.id) } }, select: { id: true, evidence: true } });
  const noteOf = new Map(notes.map((n) => [n.id, n.evidence]));
  return new Map(
    measures.map((m) => [
      m.id,
      { indicators: m.indicators.map((i) => ({ id: i.id, statement: i.statement, fulfilled: i.fulfilled })), note: noteOf.get(m.id) ?? null },
    ]),
  );
}
