"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { alertClass, fieldClass, hintClass, labelClass, noticeClass } from "@/app/_components/account/form-styles";

export type PasswordLinkFormState = {
  error: "disabled" | "not_found" | null;
  /**
   * Right after it was created: the one-time link, shown once (never stored in readable form),
   * unless it was mailed to the account (`mail` "sent": then it never reaches the browser).
   */
  created: { link: string | null; expiresAt: string; mail: "sent" | "failed" | "off" } | null;
};

const initialState: PasswordLinkFormState = { error: null, created: null };

type Props = {
  userId: string;
  email: string;
  className: string;
  action: (state: PasswordLinkFormState, formData: FormData) => Promise<PasswordLinkFormState>;
};

/**
 * "Link für neues Passwort erzeugen" for one account: a POST to a server action, so it works
 * without JavaScript (React matches the answer to this row's form); the link appears only here.
 */
export function PasswordLinkForm({ userId, email, className, action }: Props) {
  const t = useTranslations("Accounts");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, initialState);
  const linkRef = useRef<HTMLInputElement>(null);
  const { created, error } = state;
  const linkId = `password-link-${userId}`;

  useEffect(() => {
    if (created) linkRef.current?.select();
  }, [created]);

  return (
    <>
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={pending} className={className} aria-label={t("passwordLinkLabel", { email })}>
          {t("passwordLink")}
        </button>
      </form>
      {error && (
        <p role="alert" className={alertClass}>
          {t(`errors.${error}`)}
        </p>
      )}
      {created?.mail === "sent" && (
        <p role="status" className={`${noticeClass} max-w-md`}>
          {t("passwordLinkMailed", { email })}
        </p>
      )}
      {created?.link && (
        <div role="status" className={`${noticeClass} max-w-md`}>
          {created.mail === "failed" && <p>{t("passwordLinkMailFailed")}</p>}
          <label htmlFor={linkId} className={labelClass}>
            {t("passwordLinkField", { email })}
          </label>
          <input ref={linkRef} id={linkId} readOnly value={created.link} aria-describedby={`${linkId}-hint`} className={fieldClass(false)} />
          <p id={`${linkId}-hint`} className={`${hintClass} mt-1`}>
            {t("passwordLinkHint", { date: format.dateTime(new Date(created.expiresAt), "short") })}
          </p>
        </div>
      )}
    </>
  );
}
