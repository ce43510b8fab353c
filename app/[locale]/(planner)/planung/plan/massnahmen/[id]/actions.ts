"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState as FormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { assessIndicator, type AssessResult } from "@/server/plan/evidence";
import { MAX_EVIDENCE_MB } from "@/server/plan/evidence-file";
import { NOTE_MAX, type EvidenceErrors } from "@/server/plan/evidence-schema";

/** The domain's codes as the reader's messages; "required" reads differently per field. */
async function messages(errors: EvidenceErrors) {
  const t = await getTranslations("Evidence.errors");
  const key = (field: string, code: string) => (code !== "required" ? code : field === "fulfilled" ? "fulfilledRequired" : "dateRequired");
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, t(key(field, code), { max: NOTE_MAX, mb: MAX_EVIDENCE_MB })]));
}

/** "Bewertung speichern": back to the measure with a notice, or the form again with what was typed and the errors. */
export async function assessIndicatorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  formData = formOf(formData);
  const user = await requireUser("/planung/plan");
  // What the form shows again; the indicator's id is the form's own (never echoed from the request).
  const values = formValues(formData, ["fulfilled", "assessedOn", "note"]);
  let result: AssessResult;
  try {
    result = await assessIndicator(user, { ...values, indicatorId: formData.get("indicatorId"), document: formData.get("document") });
  } catch (err) {
    if (!(err instanceof ForbiddenError || err instanceof NotFoundError)) throw err;
    const t = await getTranslations("Evidence.errors");
    return { values, errors: {}, formError: t(err instanceof ForbiddenError ? "forbidden" : "notFound") };
  }
  if (!result.ok) return { values, errors: await messages(result.errors), formError: null };
  return redirect({ href: `/planung/plan/massnahmen/${result.measureId}?bewertet=1`, locale: await getLocale() });
}
