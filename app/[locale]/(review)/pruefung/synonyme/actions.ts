"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { changeAndReturn } from "@/app/_components/change-and-return";
import { formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { deleteSynonymGroup, saveSynonymGroup, synonymGroupIdSchema } from "@/server/synonyms/store";

const PATH = "/pruefung/synonyme";
const FIELDS = ["id", "kind", "words", "targets", "note"] as const;

/** "Gruppe speichern": a new group (no id) or a change; refused fields are named next to them. */
export async function saveSynonymGroupAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, FIELDS);
  const t = await getTranslations("Review.synonyms.errors");
  let outcome = "nicht-gefunden=1";
  try {
    const result = await saveSynonymGroup(user, values.id || null, values);
    if (!result.ok) return { values, errors: Object.fromEntries(Object.entries(result.errors).map(([f, code]) => [f, t(code)])), formError: null };
    outcome = result.applied ? "gespeichert=1" : "gespeichert=1&nicht-angewandt=1";
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: t("forbidden") };
    if (!(err instanceof NotFoundError)) throw err;
  }
  return redirect({ href: `${PATH}?${outcome}`, locale: await getLocale() });
}

/** "Löschen" in the table. */
export async function deleteSynonymGroupAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const id = synonymGroupIdSchema.safeParse(formData.get("id"));
  return changeAndReturn(PATH, id, (groupId) => deleteSynonymGroup(user, groupId), "geloescht");
}
