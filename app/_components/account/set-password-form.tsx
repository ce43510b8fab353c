"use client";
import { FormField } from "./form-field";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, type PasswordErrorCode, type PasswordField } from "@/server/users/limits";
import { alertClass, submitClass } from "./form-styles";

export type SetPasswordFormState = {
  errors: Partial<Record<PasswordField, PasswordErrorCode>>;
  formError: "invalid_token" | null;
};

const initialState: SetPasswordFormState = { errors: {}, formError: null };

type Props = {
  token: string;
  /** Where the texts come from: accepting an invitation, or a new password via an admin's link. */
  namespace?: "Auth.invitation" | "Auth.passwordReset";
  /** false: the address already has a password, accepting only adds the organisation. */
  needsPassword: boolean;
  action: (state: SetPasswordFormState, formData: FormData) => Promise<SetPasswordFormState>;
};

/** Setting a password through a one-time link: a POST to a server action, so it works without JavaScript. */
export function SetPasswordForm({ token, needsPassword, namespace = "Auth.invitation", action }: Props) {
  const t = useTranslations(namespace);
  const [state, formAction, pending] = useActionState(action, initialState);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const { errors } = state;

  useEffect(() => {
    if (errors.password) passwordRef.current?.focus();
    else if (errors.passwordConfirm) confirmRef.current?.focus();
  }, [errors]);

  const errorMessage = (field: PasswordField) =>
    errors[field] && t(`errors.${errors[field]}`, { min: PASSWORD_MIN, max: PASSWORD_MAX });

  return (
    <>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t("invalid")}
        </p>
      )}
      <form action={formAction} noValidate className="mt-6 max-w-md space-y-4">
        <input type="hidden" name="token" value={token} />
        {needsPassword && (
          <>
            <FormField
              id="invite-password"
              label={t("password")}
              hint={t("passwordHint", { min: PASSWORD_MIN })}
              error={errorMessage("password")}
            >
              {(control) => (
                <input
                  ref={passwordRef}
                  {...control}
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  minLength={PASSWORD_MIN}
                  maxLength={PASSWORD_MAX}
                />
              )}
            </FormField>
            <FormField id="invite-passwordConfirm" label={t("passwordConfirm")} error={errorMessage("passwordConfirm")}>
              {(control) => (
                <input ref={confirmRef} {...control} name="passwordConfirm" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX} />
              )}
            </FormField>
          </>
        )}
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : needsPassword ? t("submit") : t("accept")}
        </button>
      </form>
    </>
  );
}
