import type { SignInError } from "./sign-in-form";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** next-auth's `?error=` (ours from server/auth/options.ts included) as something to show. */
export function parseSignInError(value: string | string[] | undefined): SignInError | null {
  const error = first(value);
  if (!error) return null;
  const limited = /^TooManyAttempts_(\d{1,4})$/.exec(error);
  if (limited) return { code: "TooManyAttempts", minutes: Number(limited[1]) };
  if (error === "CredentialsSignin" || error === "AccountDisabled") return { code: error };
  // "SessionRequired" and next-auth's own codes: nothing the person can fix but to try again.
  return { code: "default" };
}
