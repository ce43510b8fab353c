"use server";
import { resolveReportAndReturn } from "@/app/_components/reports/resolve-report";

/** "Als erledigt markieren" in the provider's inbox (server/reports checks the scope). */
export async function resolveReportAction(formData: FormData) {
  return resolveReportAndReturn("/meine-angebote/meldungen", formData);
}
