"use server";
import { getLocale } from "next-intl/server";
import type { SetPasswordFormState } from "@/app/_components/account/set-password-form";
import { redirect } from "@/i18n/navigation";
import { acceptInvitation } from "@/server/users/accept-invitation";
import { formOf } from "@/server/http/form-input";

/** The invited person sets a password (server/users); then they sign in with it. */
export async function acceptInvitationAction(_prev: SetPasswordFormState, formData: FormData): Promise<SetPasswordFormState> {
  formData = formOf(formData);
  const result = await acceptInvitation({
    token: formData.get("token"),
    password: formData.get("password"),
    passwordConfirm: formData.get("passwordConfirm"),
  });
  if (result.ok) return redirect({ href: "/anmelden?eingerichtet=1", locale: await getLocale() });
  return result.reason === "invalid" ? { errors: result.fieldErrors, formError: null } : { errors: {}, formError: "invalid_token" };
}
