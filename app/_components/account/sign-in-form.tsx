import { getTranslations } from "next-intl/server";
import { alertClass, describedBy, fieldClass, labelClass, submitClass } from "./form-styles";

export type SignInError = { code: "CredentialsSignin" | "AccountDisabled" | "default" } | { code: "TooManyAttempts"; minutes: number };

type Props = { csrfToken: string | null; callbackUrl: string; error: SignInError | null };

/**
 * A plain form posting to next-auth's credentials callback, so it works without JavaScript.
 * next-auth checks the CSRF token against its cookie (set by proxy.ts) and answers with a redirect:
 * to `callbackUrl` on success, back to /anmelden?error=... otherwise.
 */
export async function SignInForm({ csrfToken, callbackUrl, error }: Props) {
  const t = await getTranslations("Auth.signIn");
  const errorId = error ? "signin-error" : null;
  return (
    <>
      {error && (
        <p id="signin-error" role="alert" className={alertClass}>
          {error.code === "TooManyAttempts" ? t("errors.TooManyAttempts", { minutes: error.minutes }) : t(`errors.${error.code}`)}
        </p>
      )}
      <form method="post" action="/api/auth/callback/credentials" className="mt-6 max-w-md space-y-4">
        <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div>
          <label htmlFor="signin-email" className={labelClass}>
            {t("email")}
          </label>
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            aria-invalid={error?.code === "CredentialsSignin" ? true : undefined}
            aria-describedby={describedBy(errorId)}
            className={fieldClass(error?.code === "CredentialsSignin")}
          />
        </div>
        <div>
          <label htmlFor="signin-password" className={labelClass}>
            {t("password")}
          </label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={256}
            aria-invalid={error?.code === "CredentialsSignin" ? true : undefined}
            aria-describedby={describedBy(errorId)}
            className={fieldClass(error?.code === "CredentialsSignin")}
          />
        </div>
        <button type="submit" className={submitClass}>
          {t("submit")}
        </button>
      </form>
    </>
  );
}
