"use server";
import { getLocale } from "next-intl/server";
import { ACCOUNT_ERRORS, type AccountOutcome } from "@/app/_components/admin/account-outcome";
import type { PasswordLinkFormState } from "@/app/_components/admin/password-link-form";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { addMembership, removeMembership, setAccountDisabled } from "@/server/users/admin-mutations";
import { createPasswordReset } from "@/server/users/password-reset";
import { accountIdSchema, membershipSchema } from "@/server/users/schema";
import { formOf } from "@/server/http/form-input";

// The account administration's buttons: plain forms (no JavaScript needed), each validated here
// with zod and checked again in server/users/admin-mutations.ts. Every action leads back to the
// list with its outcome in the URL, which the page shows as a status or an alert.

const PATH = "/verwaltung/konten";

async function back(outcome: AccountOutcome): Promise<never> {
  const key = (ACCOUNT_ERRORS as readonly string[]).includes(outcome) ? "fehler" : "ergebnis";
  return redirect({ href: `${PATH}?${key}=${outcome}`, locale: await getLocale() });
}

/** Unknown ids and a missing permission end alike ("not found"): nothing to learn from the answer. */
async function run(change: () => Promise<AccountOutcome>): Promise<never> {
  let outcome: AccountOutcome;
  try {
    outcome = await change();
  } catch (err) {
    if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) throw err;
    outcome = "not_found";
  }
  return back(outcome);
}

const field = (formData: FormData, name: string) => formData.get(name);

async function setDisabled(formData: FormData, disabled: boolean): Promise<never> {
  const user = await requireUser(PATH);
  const id = accountIdSchema.safeParse(field(formData, "userId"));
  if (!id.success) return back("not_found");
  return run(async () => {
    const result = await setAccountDisabled(user, id.data, disabled);
    if (!result.ok) return result.reason;
    return disabled ? "disabled" : "enabled";
  });
}

export async function disableAccountAction(formData: FormData) {
  formData = formOf(formData);
  return setDisabled(formData, true);
}

export async function enableAccountAction(formData: FormData) {
  formData = formOf(formData);
  return setDisabled(formData, false);
}

export async function removeMembershipAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const input = membershipSchema.safeParse({ userId: field(formData, "userId"), organizationId: field(formData, "organizationId") });
  if (!input.success) return back("not_found");
  return run(async () => {
    await removeMembership(user, input.data);
    return "membershipRemoved";
  });
}

export async function addMembershipAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  const input = membershipSchema.safeParse({ userId: field(formData, "userId"), organizationId: field(formData, "organizationId") });
  if (!input.success) return back("not_found");
  return run(async () => {
    const result = await addMembership(user, input.data);
    return result.ok ? "membershipAdded" : result.reason;
  });
}

/**
 * "Link für neues Passwort erzeugen": answers with the one-time link (shown once, in the row's
 * form state) instead of a redirect, since the link must not end up in a URL.
 */
export async function createPasswordLinkAction(_prev: PasswordLinkFormState, formData: FormData): Promise<PasswordLinkFormState> {
  formData = formOf(formData);
  const user = await requireUser(PATH);
  try {
    const result = await createPasswordReset(user, field(formData, "userId"));
    if (!result.ok) return { error: result.reason, created: null };
    return {
      error: null,
      created: { link: result.mail === "sent" ? null : result.link, expiresAt: result.expiresAt.toISOString(), mail: result.mail },
    };
  } catch (err) {
    if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) throw err;
    return { error: "not_found", created: null };
  }
}
