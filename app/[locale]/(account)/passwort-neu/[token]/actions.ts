"use server";
import { getLocale } from "next-intl/server";
import type { SetPasswordFormState } from "@/app/_components/account/set-password-form";
import { redirect } from "@/i18n/navigation";
import { resetPassword } from "@/server/users/password-reset";
import { formOf } from "@/server/http/form-input";

/** The person sets a new password through an admin's link (server/users); then they sign in with it. */
export async function resetPasswordAction(_prev: SetPasswordFormState, formData: FormData): Promise<SetPasswordFormState> {
  formData = formOf(formData);
  const result = await resetPassword({
    token: formData.get("token"),
    password: formData.get("password"),
    passwordConfirm: formData.get("passwordConfirm"),
  });
  if (result.ok) return redirect({ href: "/anmelden?passwort=neu", locale: await getLocale() });
  return result.reason === "invalid" ? { errors: result.fieldErrors, formError: null } : { errors: {}, formError: "invalid_token" };
}
