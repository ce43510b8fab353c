"use server";
import { resolveReportAndReturn } from "@/app/_components/reports/resolve-report";
import { formOf } from "@/server/http/form-input";

/** "Als erledigt markieren" in the provider's inbox (server/reports checks the scope). */
export async function resolveReportAction(formData: FormData) {
  formData = formOf(formData);
  return resolveReportAndReturn("/meine-angebote/meldungen", formData);
}
