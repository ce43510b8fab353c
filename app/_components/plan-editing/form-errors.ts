import "server-only";
import { getTranslations } from "next-intl/server";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { LIMITS, type FieldErrors } from "@/server/plan/editing-schema";

/** The most characters each field takes, for "tooLong" (a source line counts as short text). */
const MAX: Record<string, number> = { title: LIMITS.title, statement: LIMITS.title, code: LIMITS.code, evidence: LIMITS.long };

/** The domain's error codes as the reader's messages next to their fields, with what was typed. */
export async function refusedPlanForm(values: Record<string, string>, errors: FieldErrors): Promise<FundingFormState> {
  const t = await getTranslations("PlanEditing.errors");
  const messages = Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, t(code, { max: MAX[field] ?? LIMITS.short, count: LIMITS.sources })]));
  return { values, errors: messages, formError: null };
}
