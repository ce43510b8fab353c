"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { createPeriod, PERIOD_NAME_MAX } from "@/server/plan/period-carry-over";

const PATH = "/planung/plan/neuer-zeitraum";
const FIELDS = ["name", "startsOn", "endsOn", "adoptedOn", "lszStage"] as const;

/** "Planungszeitraum anlegen": on success to the comparison of the previous and the new period. */
export async function createPeriodAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, FIELDS);
  const t = await getTranslations("PlanPeriods.errors");
  let result;
  try {
    result = await createPeriod(user, values);
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: t("forbidden") };
    throw err;
  }
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, t(code as "invalid", { max: PERIOD_NAME_MAX })]));
    return { values, errors, formError: null };
  }
  const query = new URLSearchParams({ bis: result.periodId, angelegt: String(result.carried) });
  if (result.previousId) query.set("von", result.previousId);
  return redirect({ href: `/planung/plan/vergleich?${query}`, locale: await getLocale() });
}
