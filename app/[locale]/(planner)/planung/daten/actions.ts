"use server";
import { refresh } from "next/cache";
import type { NeedDataUploadState } from "@/app/_components/need-data/upload-state";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { db } from "@/server/db";
import { formOf } from "@/server/http/form-input";
import { describeError } from "@/server/need-data/errors";
import { uploadNeedData } from "@/server/need-data/import";
import { needDataUploadSchema, type UploadProblem } from "@/server/need-data/upload-schema";

const SHOWN_ERRORS_MAX = 500;

/** "Hochladen und prüfen": checks the file completely, applies it in one transaction or names every error. */
export async function uploadNeedDataAction(_prev: NeedDataUploadState, formData: FormData): Promise<NeedDataUploadState> {
  formData = formOf(formData);
  const user = await requireUser("/planung/daten");
  const input = needDataUploadSchema.safeParse({ file: formData.get("file") });
  if (!input.success) return { outcome: "invalid", problem: input.error.issues[0].message as UploadProblem };
  const { name, file } = input.data.file;
  try {
    const result = await uploadNeedData(db, user, [{ name, bytes: new Uint8Array(await file.arrayBuffer()) }]);
    if (!result.ok) {
      // Every error counts; a page lists the first ones (a broken 5 MB file can hold 100,000).
      const errors = result.errors.slice(0, SHOWN_ERRORS_MAX).map(describeError);
      return { outcome: "refused", errors, total: result.errors.length };
    }
    refresh(); // the figures above the form
    return { outcome: "imported", files: result.files };
  } catch (err) {
    if (err instanceof ForbiddenError) return { outcome: "invalid", problem: "forbidden" };
    throw err;
  }
}
