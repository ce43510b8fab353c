"use server";
import { getLocale } from "next-intl/server";
import { forbiddenState, formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { refusedPlanForm } from "@/app/_components/plan-editing/form-errors";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { saveGoal, saveIndicator, saveSubGoal } from "@/server/plan/editing-items";
import { saveMeasure } from "@/server/plan/editing-measures";
import type { EditResult } from "@/server/plan/editing-schema";
import { formOf } from "@/server/http/form-input";
import { editPath, EDIT_PATH } from "./paths";

// The editing forms' actions: each parses nothing itself (the domain does, with zod), answers a
// refusal with the messages next to the fields and what was typed, and leads back to the page
// that shows the result. A record outside the period (or anyone's reach) is "nicht gefunden".

const FIELDS = ["periodId", "id", "title", "handlungsfeldId", "goalId", "code", "subGoalId", "timeframe", "status", "responsibleBody", "evidence", "sources", "measureId", "statement"];

async function run<T>(values: Record<string, string>, save: () => Promise<EditResult<T>>, next: (result: T) => string): Promise<FundingFormState> {
  let href = `${EDIT_PATH}?nicht-gefunden=1`;
  try {
    const result = await save();
    if (!result.ok) return refusedPlanForm(values, result.errors);
    href = next(result);
  } catch (err) {
    if (err instanceof ForbiddenError) return forbiddenState(values);
    if (!(err instanceof NotFoundError)) throw err;
  }
  return redirect({ href, locale: await getLocale() });
}

async function form(formData: FormData) {
  const user = await requireUser(EDIT_PATH);
  const values = formValues(formOf(formData), FIELDS);
  return { user, values, id: values.id || null };
}

/** "Ziel speichern": a new goal (no id) or a change; back to the period's tree. */
export async function saveGoalAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  const { user, values, id } = await form(formData);
  return run(values, () => saveGoal(user, id, values), () => editPath("tree", values.periodId, "gespeichert"));
}

/** "Unterziel speichern": back to its goal's page. */
export async function saveSubGoalAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  const { user, values, id } = await form(formData);
  return run(values, () => saveSubGoal(user, id, values), (r) => editPath("goal", r.goalId, "gespeichert"));
}

/** "Maßnahme speichern": to the measure's page (where its indicators are added). */
export async function saveMeasureAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  const { user, values, id } = await form(formData);
  return run(values, () => saveMeasure(user, id, values), (r) => editPath("measure", r.id, "gespeichert"));
}

/** "Indikator speichern": back to its measure's page. */
export async function saveIndicatorAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  const { user, values, id } = await form(formData);
  return run(values, () => saveIndicator(user, id, values), (r) => editPath("measure", r.measureId, "gespeichert"));
}
