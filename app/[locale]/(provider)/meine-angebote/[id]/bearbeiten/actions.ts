"use server";
import { getLocale } from "next-intl/server";
import type { EditFormState } from "@/app/_components/review/edit-form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { EDIT_FIELDS, type EditValues } from "@/server/revisions/form";
import { saveDraft } from "@/server/revisions/mutations";

/** "Zur Prüfung einreichen": server/revisions validates, checks the scope and stores the draft. */
export async function saveDraftAction(_prev: EditFormState, formData: FormData): Promise<EditFormState> {
  const user = await requireUser("/meine-angebote");
  const values = Object.fromEntries(EDIT_FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as EditValues;
  let result;
  try {
    result = await saveDraft(user, String(formData.get("offerId") ?? ""), values);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return { values, errors: {}, formError: "forbidden" };
    throw err;
  }
  if (!result.ok) return { values, errors: result.fieldErrors, formError: null };
  return redirect({ href: "/meine-angebote?eingereicht=1", locale: await getLocale() });
}
