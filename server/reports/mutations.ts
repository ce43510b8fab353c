import "server-only";
import { db } from "../db";
import { isSearchable } from "../../search/document";
import type { ErrorReportErrorCode, ErrorReportField } from "./limits";
import { errorReportSchema } from "./schema";

export type CreateErrorReportResult =
  | { ok: true; id: string | null }
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<ErrorReportField, ErrorReportErrorCode>> }
  | { ok: false; reason: "offer_not_found" };

/**
 * Stores a resident's report about a wrong entry for the provider and the planners. The offer id
 * comes from the browser, so it only counts if it names a published, active offer. Text is stored
 * as typed (minus control characters); every page that shows it escapes it.
 * A filled honeypot is answered like a success but nothing is stored (`id: null`).
 */
export async function createErrorReport(input: unknown): Promise<CreateErrorReportResult> {
  const parsed = errorReportSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<ErrorReportField, ErrorReportErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "offerId") return { ok: false, reason: "offer_not_found" };
      if ((field === "message" || field === "replyEmail") && !fieldErrors[field]) {
        fieldErrors[field] = issue.message as ErrorReportErrorCode;
      }
    }
    return { ok: false, reason: "invalid", fieldErrors };
  }
  const { offerId, message, replyEmail, website } = parsed.data;
  const offer = await db.service.findUnique({ where: { id: offerId }, select: { version: true, status: true } });
  if (!offer || !isSearchable(offer)) return { ok: false, reason: "offer_not_found" };
  if (website) return { ok: true, id: null };

  const row = await db.errorReport.create({
    data: { serviceId: offerId, message, replyEmail },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}
