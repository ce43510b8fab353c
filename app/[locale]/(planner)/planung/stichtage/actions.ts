"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { formValues } from "@/app/_components/funding/form-errors";
import type { FundingFormState } from "@/app/_components/funding/form-state";
import { redirect } from "@/i18n/navigation";
import { requireUser, type SessionUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { formOf } from "@/server/http/form-input";
import { LABEL_MAX } from "@/server/snapshots/content";
import { freezeSnapshot, rebuildSnapshot, type SnapshotResult } from "@/server/snapshots/mutations";

const PATH = "/planung/stichtage";

/** Runs the domain's write; opens the new snapshot, or answers with the errors next to the fields. */
async function create(formData: FormData, run: (user: SessionUser, values: Record<string, string>) => Promise<SnapshotResult>): Promise<FundingFormState> {
  const user = await requireUser(PATH);
  const values = formValues(formOf(formData), ["label", "stichtag"]);
  const t = await getTranslations("Snapshots.errors");
  let result: SnapshotResult;
  try {
    result = await run(user, values);
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: t("forbidden") };
    throw err;
  }
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, t(code as "required", { max: LABEL_MAX })]));
    return { values, errors, formError: null };
  }
  return redirect({ href: `${PATH}/${result.id}`, locale: await getLocale() });
}

/** "Jetzt festhalten": today's catalogue, matrix and plan. */
export async function freezeSnapshotAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return create(formData, (user, values) => freezeSnapshot(user, values));
}

/** "Rekonstruieren": a past Stichtag from the offers' version history. */
export async function rebuildSnapshotAction(_prev: FundingFormState, formData: FormData): Promise<FundingFormState> {
  return create(formData, (user, values) => rebuildSnapshot(user, values));
}
