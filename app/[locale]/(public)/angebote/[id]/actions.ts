"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { ReportFormState } from "@/app/_components/offer-report-form";
import { redirect } from "@/i18n/navigation";
import { clientIp } from "@/server/http/client-ip";
import { createErrorReport } from "@/server/reports/mutations";
import { formOf } from "@/server/http/form-input";

/** "Fehler melden": validates and stores the report (server/reports), then shows the thank-you page. */
export async function reportErrorAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  formData = formOf(formData);
  const field = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const values = { message: field("message"), replyEmail: field("replyEmail") };
  const offerId = field("offerId");
  const result = await createErrorReport({ offerId, ...values, website: field("website") }, { ip: clientIp(await headers()) });
  // ok means offerId names a published offer, so it is a UUID and safe in the path.
  if (result.ok) return redirect({ href: `/angebote/${offerId}/gemeldet`, locale: await getLocale() });
  if (result.reason === "invalid") return { values, errors: result.fieldErrors, formError: null };
  if (result.reason === "offer_not_found") return { values, errors: {}, formError: "offer_not_found" };
  return { values, errors: {}, formError: `rate_limited_${result.limit}`, retryAfterMinutes: result.retryAfterMinutes };
}
