"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { changeAndReturn } from "@/app/_components/change-and-return";
import { forbiddenState, formValues, refusedState } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { deleteMikroprojekt, saveMikroprojekt, saveMikroprojektBudget } from "@/server/funding/mikroprojekte";
import type { SaveResult } from "@/server/funding/mutations";
import { formOf } from "@/server/http/form-input";

const PATH = "/planung/mikroprojekte";
const FIELDS = ["id", "year", "title", "recipient", "handlungsfeldId", "amount", "date", "status", "budget"] as const;

async function save(values: Record<string, string>, run: () => Promise<SaveResult & { year?: number }>): Promise<FundingFormState> {
  let outcome = "nicht-gefunden";
  let year = values.year;
  try {
    const result = await run();
    if (!result.ok) return refusedState(values, result.errors);
    outcome = "gespeichert";
    if (result.year) year = String(result.year);
  } catch (err) {
    if (err instanceof ForbiddenError) return forbiddenState(values);
    if (!(err instanceof NotFoundError)) throw err;
  }
  const query = new URLSearchParams({ ...(/^\d{4}$/.test(year) ? { jahr: year } : {}), [outcome]: "1" });
  return redirect({ href: `${PATH}?${query}`, locale: await getLocale() });
}

/** "Mikroprojekt speichern": a new one (no id) or a change; an amount over the cap is refused next to the field. */
export async function saveMikroprojektAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, FIELDS);
  return save(values, () => saveMikroprojekt(user, values.id || null, values));
}

/** "Budget speichern" of the year shown. */
export async function saveMikroprojektBudgetAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, FIELDS);
  return save(values, () => saveMikroprojektBudget(user, values.year, values.budget));
}

/** "Löschen" in the table. */
export async function deleteMikroprojektAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const id = z.uuid().safeParse(formData.get("id"));
  return changeAndReturn(PATH, id, (projectId) => deleteMikroprojekt(user, projectId), "geloescht");
}
