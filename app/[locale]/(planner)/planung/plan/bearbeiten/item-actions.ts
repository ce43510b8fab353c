"use server";
import { getLocale } from "next-intl/server";
import { formValues } from "@/app/_components/funding/form-errors";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { moveItem, restoreItem, retireItem, type ItemResult } from "@/server/plan/editing-order";
import type { Editor } from "@/server/plan/history";
import { formOf } from "@/server/http/form-input";
import { EDIT_PATH, placePath } from "./paths";

// The one-button forms of the editing pages (up, down, retire, restore): no JavaScript needed; the
// answer is the page that lists the item, with a notice or the reason it was refused.

const FIELDS = ["periodId", "kind", "id", "direction", "reason"];

async function change(formData: FormData, run: (user: Editor, input: Record<string, string>) => Promise<ItemResult>, done: string): Promise<never> {
  const user = await requireUser(EDIT_PATH);
  const input = formValues(formOf(formData), FIELDS);
  let href = `${EDIT_PATH}?nicht-gefunden=1`;
  try {
    const result = await run(user, input);
    href = placePath(result.place, done, result.refused);
  } catch (err) {
    if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) throw err;
  }
  return redirect({ href, locale: await getLocale() });
}

/** "Nach oben" / "Nach unten". */
export async function moveItemAction(formData: FormData) {
  return change(formData, moveItem, "verschoben");
}

/** "Zurückziehen" (with an optional reason). */
export async function retireItemAction(formData: FormData) {
  return change(formData, retireItem, "rueckzug");
}

/** "Wiederherstellen". */
export async function restoreItemAction(formData: FormData) {
  return change(formData, restoreItem, "wiederhergestellt");
}
