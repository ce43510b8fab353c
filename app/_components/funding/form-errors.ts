import "server-only";
import { getTranslations } from "next-intl/server";
import { formatEuro } from "@/server/funding/money";
import { mikroprojektMaxCents, TEXT_MAX } from "@/server/funding/mikroprojekte";
import type { FieldErrors } from "@/server/funding/mutations";
import type { FundingFormState } from "./form-state";

/** The domain's error codes as the reader's messages, with what was typed, for a refused funding form. */
export async function refusedState(values: Record<string, string>, errors: FieldErrors): Promise<FundingFormState> {
  const t = await getTranslations("Funding.errors");
  const max = { max: formatEuro(mikroprojektMaxCents()) };
  const messages = Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, code === "tooLong" ? t("tooLong", { max: TEXT_MAX }) : t(code, max)]));
  return { values, errors: messages, formError: null };
}

export async function forbiddenState(values: Record<string, string>): Promise<FundingFormState> {
  const t = await getTranslations("Funding.errors");
  return { values, errors: {}, formError: t("forbidden") };
}

/** The form's text fields (a hand-made request may send files or nothing). */
export const formValues = (form: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, typeof form.get(n) === "string" ? (form.get(n) as string) : ""]));
