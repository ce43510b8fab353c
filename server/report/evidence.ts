import "server-only";
import { db } from "../db";
import { evidenceDocumentPath } from "../plan/evidence-queries";
import type { PlanMeasure } from "../plan/plan-view";

// What the committee report says about a measure's evidence: each indicator's state with its
// newest assessment (day, note, document) and the measure's evidence note. The one place the
// report reads evidence.

export type IndicatorEvidence = {
  id: string;
  statement: string;
  /** null while not assessed. */
  fulfilled: boolean | null;
  /** The newest assessment (its day as YYYY-MM-DD); null while not assessed. */
  assessment: { assessedOn: string; note: string | null; document: { name: string; href: string } | null } | null;
};

export type MeasureEvidence = {
  indicators: IndicatorEvidence[];
  /** The planners' evidence note on the measure (internal: planners and the committee only). */
  note: string | null;
};

/** The evidence of each measure (by id): one query for the notes, one for the newest assessment of each indicator. */
export async function getMeasureEvidence(measures: Pick<PlanMeasure, "id" | "indicators">[]): Promise<Map<string, MeasureEvidence>> {
  const [notes, assessments] = await Promise.all([
    db.measure.findMany({ where: { id: { in: measures.map((m) => m.id) } }, select: { id: true, evidence: true } }),
    db.indicatorAssessment.findMany({
      where: { indicatorId: { in: measures.flatMap((m) => m.indicators.map((i) => i.id)) } },
      orderBy: { createdAt: "desc" },
      distinct: ["indicatorId"],
      select: { indicatorId: true, assessedOn: true, note: true, document: { select: { id: true, fileName: true } } },
    }),
  ]);
  const noteOf = new Map(notes.map((n) => [n.id, n.evidence]));
  const assessmentOf = new Map(
    assessments.map((a) => [
      a.indicatorId,
      { assessedOn: a.assessedOn.toISOString().slice(0, 10), note: a.note, document: a.document && { name: a.document.fileName, href: evidenceDocumentPath(a.document) } },
    ]),
  );
  return new Map(
    measures.map((m) => [
      m.id,
      {
        indicators: m.indicators.map((i) => ({ id: i.id, statement: i.statement, fulfilled: i.fulfilled, assessment: assessmentOf.get(i.id) ?? null })),
        note: noteOf.get(m.id) ?? null,
      },
    ]),
  );
}
