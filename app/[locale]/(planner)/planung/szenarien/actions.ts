"use server";
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import type { ScenarioFormState } from "@/app/_components/scenarios/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { createScenario, deleteScenario } from "@/server/scenarios/mutations";

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

/** "Anlegen": creates the scenario and opens it, or names the errors next to the fields. */
export async function createScenarioAction(_prev: ScenarioFormState, formData: FormData): Promise<ScenarioFormState> {
  formData = formOf(formData);
  const user = await requireUser("/planung/szenarien");
  const values = { name: text(formData, "name"), note: text(formData, "note") };
  let result: Awaited<ReturnType<typeof createScenario>>;
  try {
    result = await createScenario(user, values);
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: "forbidden", done: null };
    throw err;
  }
  if (!result.ok) return { values, errors: result.errors, formError: null, done: null };
  return redirect({ href: `/planung/szenarien/${result.id}`, locale: await getLocale() });
}

/** "Löschen" in the list (a missing or foreign id: the domain's 404). */
export async function deleteScenarioAction(formData: FormData): Promise<void> {
  formData = formOf(formData);
  const user = await requireUser("/planung/szenarien");
  await deleteScenario(user, formData.get("id"));
  refresh();
}
