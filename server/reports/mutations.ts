import "server-only";
import { NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { isSearchable } from "../../search/document";
import { notifyErrorReport } from "../mail/error-report";
import { OPEN_STATUSES, reportScope } from "./access";
import type { ErrorReportErrorCode, ErrorReportField } from "./limits";
import { errorReportSchema, reportIdSchema } from "./schema";
import { takeReportPoint } from "./throttle";

export type CreateErrorReportResult =
  | { ok: true; id: string | null }
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<ErrorReportField, ErrorReportErrorCode>> }
  | { ok: false; reason: "offer_not_found" }
  | { ok: false; reason: "rate_limited"; limit: "client" | "offer"; retryAfterMinutes: number };

/**
 * Stores a resident's report about a wrong entry for the provider and the planners. The offer id
 * comes from the browser, so it only counts if it names a published, active offer. Text is stored
 * as typed (minus control characters); every page that shows it escapes it.
 * A filled honeypot is answered like a success but nothing is stored (`id: null`). Reports are
 * rate-limited per client and per offer (./throttle.ts); `client.ip` comes from
 * server/http/client-ip.ts (null if unknown: then only the offer's limit applies).
 */
export async function createErrorReport(input: unknown, client: { ip: string | null }): Promise<CreateErrorReportResult> {
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
  const throttle = await takeReportPoint(offerId, client.ip);
  if (!throttle.ok) return { ok: false, reason: "rate_limited", limit: throttle.limit, retryAfterMinutes: throttle.retryAfterMinutes };

  const row = await db.errorReport.create({
    data: { serviceId: offerId, message, replyEmail },
    select: { id: true },
  });
  // After the report is stored; a mail that fails is logged and changes nothing for the resident.
  await notifyErrorReport(offerId, message);
  return { ok: true, id: row.id };
}

/**
 * Marks a report as done (RESOLVED, resolvedAt). Only reports in the person's scope: another
 * organisation's report, an unknown or malformed id are all NotFoundError. Resolving a report
 * that is already done changes nothing. The resident's reply address is erased with it: it was
 * left only to answer this report, so it is kept no longer than the report is open (GDPR storage
 * limitation); the inbox tells providers to answer first.
 */
export async function resolveErrorReport(actor: Actor | null, reportId: unknown): Promise<void> {
  const scope = reportScope(actor);
  const id = reportIdSchema.safeParse(reportId);
  const report = id.success
    ? await db.errorReport.findFirst({ where: { AND: [{ id: id.data }, scope] }, select: { id: true } })
    : null;
  if (!report) throw new NotFoundError(`report ${String(reportId)}`);
  // Conditional on the status, so two clicks at once record the first resolution only.
  await db.errorReport.updateMany({
    where: { id: report.id, status: { in: [...OPEN_STATUSES] } },
    data: { status: "RESOLVED", resolvedAt: new Date(), replyEmail: null },
  });
}
