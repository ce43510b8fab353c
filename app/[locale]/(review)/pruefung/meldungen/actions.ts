"use server";
import { resolveReportAndReturn } from "@/app/_components/reports/resolve-report";
import { formOf } from "@/server/http/form-input";

/** "Als erledigt markieren" in the reviewers' inbox (server/reports checks the permission). */
export async function resolveReportAction(formData: FormData) {
  formData = formOf(formData);
  return resolveReportAndReturn("/pruefung/meldungen", formData);
}
