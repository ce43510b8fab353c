import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { readEvidenceFile } from "./evidence-file";
import { assessmentSchema, errorsOf, type EvidenceErrors } from "./evidence-schema";

// Planners with plan:edit assess a measure's indicators. Each assessment is a new row (who, when,
// the day, a note, maybe a document); nothing is changed or deleted afterwards, so the history is
// the record. The newest one is the indicator's state, copied to MeasureIndicator.fulfilled in the
// same transaction, which the plan view, its flags and the public plan read.

type Editor = Actor & { id: string };
export type AssessResult = { ok: true; measureId: string } | { ok: false; errors: EvidenceErrors };

const isUuid = (v: unknown): v is string => typeof v === "string" && z.uuid().safeParse(v).success;

/** Records an assessment of one indicator; field errors (nothing stored), or NotFoundError for an unknown indicator. */
export async function assessIndicator(actor: Editor | null, input: Record<string, unknown>): Promise<AssessResult> {
  assertCan(actor, "plan:edit");
  if (!isUuid(input.indicatorId)) throw new NotFoundError("indicator");
  const indicatorId = input.indicatorId;
  // Every field named, present or not (a hand-made request may leave any out).
  const parsed = assessmentSchema.safeParse({ fulfilled: input.fulfilled, assessedOn: input.assessedOn, note: input.note, document: input.document ?? null });
  const errors = parsed.success ? {} : errorsOf(parsed.error);
  // The content is read only when the file passed the size check, and checked even when another
  // field is wrong, so that every message shows at once.
  const document = !errors.document && input.document instanceof File && input.document.size > 0 ? await readEvidenceFile(input.document) : null;
  if (document === "wrongType") errors.document = "wrongType";
  if (!parsed.success || document === "wrongType") return { ok: false, errors };
  const { fulfilled, assessedOn, note } = parsed.data;
  const measureId = await db.$transaction(async (tx) => {
    // The update locks the indicator's row, so concurrent assessments line up: the one written
    // last (by createdAt, set after the lock) is the one the column shows.
    const updated = await tx.measureIndicator.updateMany({ where: { id: indicatorId }, data: { fulfilled } });
    if (updated.count === 0) throw new NotFoundError("indicator");
    await tx.indicatorAssessment.create({
      data: { indicatorId, fulfilled, assessedOn, note, userId: actor.id, createdAt: new Date(), document: document ? { create: document } : undefined },
    });
    const { measureId } = await tx.measureIndicator.findUniqueOrThrow({ where: { id: indicatorId }, select: { measureId: true } });
    return measureId;
  });
  return { ok: true, measureId };
}

/** A stored evidence document for planners (`planning:read`); NotFoundError for anyone else or an unknown id. */
export async function getEvidenceDocument(actor: Actor | null, documentId: string) {
  assertCan(actor, "planning:read");
  const doc = isUuid(documentId)
    ? await db.evidenceDocument.findUnique({ where: { id: documentId }, select: { fileName: true, contentType: true, size: true, content: true } })
    : null;
  if (!doc) throw new NotFoundError("evidence document");
  return doc;
}
