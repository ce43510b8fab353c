"use server";
import type { SubmissionResult } from "@conform-to/react";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { offerFormSchema } from "@/server/revisions/form";
import { saveOfferEdit } from "@/server/revisions/mutations";
import { parseFormSubmission } from "@/server/revisions/parse-form";
import { formOf } from "@/server/http/form-input";

/**
 * "Zur Prüfung einreichen" / "Sofort veröffentlichen": the form is parsed with the form schema
 * here (adding or removing a row comes back as a reply without saving); server/revisions checks
 * the scope, validates the whole offer and stores or publishes it.
 */
export async function saveOfferAction(_prev: SubmissionResult<string[]> | undefined, formData: FormData): Promise<SubmissionResult<string[]>> {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  const { submission, malformed } = parseFormSubmission(formData, offerFormSchema);
  if (malformed) return submission.reply({ formErrors: ["unknown_choice"] });
  if (submission.status !== "success") return submission.reply();
  const offerId = String(formData.get("offerId") ?? "");
  let result;
  try {
    result = await saveOfferEdit(user, offerId, submission.value, { publish: formData.get("publish") === "now" });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return submission.reply({ formErrors: ["forbidden"] });
    throw err;
  }
  if (!result.ok) return submission.reply({ fieldErrors: result.fieldErrors });
  const href = result.published ? `/pruefung/angebote?veroeffentlicht=${encodeURIComponent(offerId)}` : "/meine-angebote?eingereicht=1";
  return redirect({ href, locale: await getLocale() });
}
