"use server";
import type { SubmissionResult } from "@conform-to/react";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { can, ForbiddenError, NotFoundError } from "@/server/authz";
import { saveOrganizationEdit } from "@/server/organizations/mutations";
import { CITY_ONLY_FIELDS, organizationDataSchema } from "@/server/organizations/schema";
import { parseFormSubmission } from "@/server/revisions/parse-form";
import { formOf } from "@/server/http/form-input";

/**
 * "Zur Prüfung einreichen" / "Sofort veröffentlichen": parsed with the form's schema here;
 * server/organizations checks the scope, validates again and stores or publishes.
 */
export async function saveOrganizationAction(_prev: SubmissionResult<string[]> | undefined, formData: FormData): Promise<SubmissionResult<string[]>> {
  formData = formOf(formData);
  const user = await requireUser("/meine-angebote");
  // The city's fields are not in a provider's form: whatever a provider posts for them is dropped
  // (the domain ignores it as well), so it cannot even produce an error message.
  if (!can(user, "offer:edit-any")) for (const field of CITY_ONLY_FIELDS) formData.delete(field);
  const { submission, malformed } = parseFormSubmission(formData, organizationDataSchema);
  if (malformed) return submission.reply({ formErrors: ["unknown_choice"] });
  if (submission.status !== "success") return submission.reply();
  const id = String(formData.get("organizationId") ?? "");
  let result;
  try {
    result = await saveOrganizationEdit(user, id, submission.value, { publish: formData.get("publish") === "now" });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return submission.reply({ formErrors: ["forbidden"] });
    throw err;
  }
  if (!result.ok) return submission.reply({ fieldErrors: result.fieldErrors });
  const outcome = result.published ? "gespeichert" : "eingereicht";
  return redirect({ href: `/meine-angebote/organisation/${encodeURIComponent(id)}?${outcome}=1`, locale: await getLocale() });
}
