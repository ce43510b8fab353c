"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { GapSaveState } from "@/app/_components/planning/gap-save-state";
import { changeAndReturn } from "@/app/_components/change-and-return";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { gapParamsSchema, gapViewFields } from "@/server/gaps/params";
import { deleteGapWeighting, saveGapWeightingForm } from "@/server/gaps/settings";
import { formOf } from "@/server/http/form-input";

const PATH = "/planung/luecken";

/** "Gewichte speichern": the weights shown, under a name (server/gaps checks permission and values). */
export async function saveGapWeightingAction(_prev: GapSaveState, formData: FormData): Promise<GapSaveState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const name = typeof formData.get("name") === "string" ? (formData.get("name") as string) : "";
  let id: string;
  try {
    const result = await saveGapWeightingForm(user, formData);
    if (!result.ok) return { name, nameError: result.nameError, formError: result.weightsInvalid ? "weights" : null };
    id = result.id;
  } catch (err) {
    if (err instanceof ForbiddenError) return { name, nameError: null, formError: "forbidden" };
    throw err;
  }
  // Back to the same view (axis, window, scenario) with the saved setting selected.
  const view = gapViewFields(gapParamsSchema.parse(Object.fromEntries(formData)));
  const query = new URLSearchParams([...view, ["einstellung", id], ["gespeichert", "1"]]);
  return redirect({ href: `${PATH}?${query.toString()}`, locale: await getLocale() });
}

/** "Löschen" next to a saved setting. */
export async function deleteGapWeightingAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const id = z.uuid().safeParse(formData.get("id"));
  return changeAndReturn(PATH, id, (settingId) => deleteGapWeighting(user, settingId), "geloescht");
}
