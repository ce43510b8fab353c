"use server";
import { getLocale } from "next-intl/server";
import { forbiddenState, formValues, refusedState } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { saveMeasureFunding, savePeriodFunding, type SaveResult } from "@/server/funding/mutations";
import { formOf } from "@/server/http/form-input";

const PATH = "/planung/plan/finanzen";

/** Runs a save; back to the page with a notice, or the form again with its errors. */
async function save(values: Record<string, string>, run: () => Promise<SaveResult>, periodId: string): Promise<FundingFormState> {
  let result: SaveResult;
  let outcome = "gespeichert";
  try {
    result = await run();
    if (!result.ok) return refusedState(values, result.errors);
  } catch (err) {
    if (err instanceof ForbiddenError) return forbiddenState(values);
    if (!(err instanceof NotFoundError)) throw err;
    outcome = "nicht-gefunden";
  }
  const query = new URLSearchParams({ ...(/^[0-9a-f-]{36}$/.test(periodId) ? { zeitraum: periodId } : {}), [outcome]: "1" });
  return redirect({ href: `${PATH}?${query}`, locale: await getLocale() });
}

/** "Förderung speichern": stage, cap and Land share of one period. */
export async function savePeriodFundingAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, ["periodId", "lszStage", "cap", "landSharePercent"]);
  return save(values, () => savePeriodFunding(user, values.periodId, values), values.periodId);
}

/** "Beträge speichern" of one measure. */
export async function saveMeasureFundingAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, ["periodId", "measureId", "planned", "spent"]);
  return save(values, () => saveMeasureFunding(user, values.measureId, values), values.periodId);
}
