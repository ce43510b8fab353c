import "server-only";
import { z } from "zod";
import { db } from "../db";
import { EMAIL_MAX, PASSWORD_MAX } from "../users/limits";
import { forgetLoginAttempts, takeLoginAttempt } from "./login-throttle";
import { dummyHash, verifyPassword } from "./password";
import { loadSessionUser, type SessionUser } from "./session-user";

export type AuthenticateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

const credentialsSchema = z.object({
  // No control characters: PostgreSQL refuses NUL, and its error would reach the sign-in URL.
  email: z.string().trim().toLowerCase().min(3).max(EMAIL_MAX).regex(/^[^\u0000-\u001f\u007f]*$/),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks an e-mail address and password (the Credentials provider's `authorize`). Counts the
 * attempt first (server/auth/login-throttle.ts), and answers a wrong address like a wrong
 * password, in the same time. "disabled" is only said after the right password.
 */
export async function authenticate(input: { email?: unknown; password?: unknown; ip?: string | null }): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const ip = input.ip ?? null;

  const throttle = await takeLoginAttempt(email, ip);
  if (!throttle.ok) return { ok: false, reason: "rate_limited", retryAfterMinutes: throttle.retryAfterMinutes };

  const account = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash()), password);
  if (!account?.passwordHash || !valid) return { ok: false, reason: "invalid" };

  await forgetLoginAttempts(email, ip);
  if (account.disabledAt) return { ok: false, reason: "disabled" };
  const user = await loadSessionUser(account.id);
  return user ? { ok: true, user } : { ok: false, reason: "disabled" };
}
