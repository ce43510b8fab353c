"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, type PasswordErrorCode, type PasswordField } from "@/server/users/limits";
import { alertClass, describedBy, errorClass, fieldClass, hintClass, labelClass, submitClass } from "./form-styles";

export type SetPasswordFormState = {
  errors: Partial<Record<PasswordField, PasswordErrorCode>>;
  formError: "invalid_token" | null;
};

const initialState: SetPasswordFormState = { errors: {}, formError: null };

type Props = {
  token: string;
  /** false: the address already has a password, accepting only adds the organisation. */
  needsPassword: boolean;
  action: (state: SetPasswordFormState, formData: FormData) => Promise<SetPasswordFormState>;
};

/** Accepting an invitation: a POST to a server action, so it works without JavaScript. */
export function SetPasswordForm({ token, needsPassword, action }: Props) {
  const t = useTranslations("Auth.invitation");
  const [state, formAction, pending] = useActionState(action, initialState);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const { errors } = state;

  useEffect(() => {
    if (errors.password) passwordRef.current?.focus();
    else if (errors.passwordConfirm) confirmRef.current?.focus();
  }, [errors]);

  const errorText = (field: PasswordField) =>
    errors[field] && (
      <p id={`invite-${field}-error`} className={errorClass}>
        {t(`errors.${errors[field]}`, { min: PASSWORD_MIN, max: PASSWORD_MAX })}
      </p>
    );

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
            <div>
              <label htmlFor="invite-password" className={labelClass}>
                {t("password")}
              </label>
              <p id="invite-password-hint" className={hintClass}>
                {t("passwordHint", { min: PASSWORD_MIN })}
              </p>
              {errorText("password")}
              <input
                ref={passwordRef}
                id="invite-password"
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN}
                maxLength={PASSWORD_MAX}
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={describedBy("invite-password-hint", errors.password && "invite-password-error")}
                className={fieldClass(!!errors.password)}
              />
            </div>
            <div>
              <label htmlFor="invite-passwordConfirm" className={labelClass}>
                {t("passwordConfirm")}
              </label>
              {errorText("passwordConfirm")}
              <input
                ref={confirmRef}
                id="invite-passwordConfirm"
                name="passwordConfirm"
                type="password"
                autoComplete="new-password"
                maxLength={PASSWORD_MAX}
                aria-invalid={errors.passwordConfirm ? true : undefined}
                aria-describedby={describedBy(errors.passwordConfirm && "invite-passwordConfirm-error")}
                className={fieldClass(!!errors.passwordConfirm)}
              />
            </div>
          </>
        )}
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : needsPassword ? t("submit") : t("accept")}
        </button>
      </form>
    </>
  );
}
