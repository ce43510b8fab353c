"use server";
import { resolveReportAndReturn } from "@/app/_components/reports/resolve-report";

/** "Als erledigt markieren" in the reviewers' inbox (server/reports checks the permission). */
export async function resolveReportAction(formData: FormData) {
  return resolveReportAndReturn("/pruefung/meldungen", formData);
}
