"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { changeAndReturn } from "@/app/_components/change-and-return";
import type { CrosswalkUploadState } from "@/app/_components/crosswalk/upload-state";
import { formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import type { CrosswalkError } from "@/server/hsds/crosswalk";
import { crosswalkIdSchema, deleteCrosswalkRow, saveCrosswalkRow, uploadCrosswalkCsv } from "@/server/hsds/crosswalk-store";
import { formOf } from "@/server/http/form-input";

const PATH = "/pruefung/zuordnungen";
const FIELDS = ["taxonomy", "term", "target"] as const;
/** Below the pages' 1 MB request limit; 5,000 rows of a crosswalk take a fraction of it. */
const MAX_FILE_BYTES = 1024 * 1024 - 16 * 1024;

const uploadSchema = z
  .instanceof(File, { message: "noFile" })
  .refine((f) => f.size > 0, { message: "noFile" })
  .refine((f) => f.size <= MAX_FILE_BYTES, { message: "tooLarge" });

/** "Zuordnung speichern": refused fields are named next to them, with what was typed. */
export async function saveCrosswalkRowAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const values = formValues(formData, FIELDS);
  const t = await getTranslations("Review.crosswalk.errors");
  try {
    const result = await saveCrosswalkRow(user, values);
    if (!result.ok) return { values, errors: Object.fromEntries(Object.entries(result.errors).map(([f, code]) => [f, t(code)])), formError: null };
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: t("forbidden") };
    throw err;
  }
  return redirect({ href: `${PATH}?gespeichert=1`, locale: await getLocale() });
}

/** "Löschen" in the table. */
export async function deleteCrosswalkRowAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const id = crosswalkIdSchema.safeParse(formData.get("id"));
  return changeAndReturn(PATH, id, (rowId) => deleteCrosswalkRow(user, rowId), "geloescht");
}

/** "Hochladen": the whole file or nothing, every wrong line named. */
export async function uploadCrosswalkAction(_prev: CrosswalkUploadState, formData: FormData): Promise<CrosswalkUploadState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const t = await getTranslations("Review.crosswalk");
  const file = uploadSchema.safeParse(formData.get("file"));
  if (!file.success) return { outcome: "refused", errors: [t(`errors.${file.error.issues[0].message as "noFile" | "tooLarge"}`)] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.data.arrayBuffer());
  } catch {
    return { outcome: "refused", errors: [t("errors.unreadable")] };
  }
  const word = (e: CrosswalkError) => {
    const message = t(`errors.${e.code}`);
    if (e.line && e.field) return t("where.lineColumn", { line: e.line, column: e.field, message });
    return e.line ? t("where.line", { line: e.line, message }) : message;
  };
  try {
    const result = await uploadCrosswalkCsv(user, text);
    return result.ok ? { outcome: "saved", count: result.count } : { outcome: "refused", errors: result.errors.slice(0, 200).map(word) };
  } catch (err) {
    if (err instanceof ForbiddenError) return { outcome: "refused", errors: [t("errors.forbidden")] };
    throw err;
  }
}
