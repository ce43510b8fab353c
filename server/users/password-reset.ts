import "server-only";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { env } from "../env";
import { sendMail, type MailOutcome } from "../mail/send";
import { passwordResetMail } from "../mail/templates";
import type { PasswordErrorCode, PasswordField } from "./limits";
import { newOneTimeToken, oneTimeLink, parseOneTimeToken, tokenMatches } from "./one-time-token";
import { accountIdSchema, parseNewPassword } from "./schema";

// "Forgot my password": an admin issues a one-time link; it is mailed to the account's address
// (server/mail), or, without SMTP or when sending fails, shown once to the admin, who passes it on
// (as with invitations). Short-lived, since it opens an existing account rather than an empty one.

/** A password link is valid this long. */
export const PASSWORD_RESET_HOURS = 24;

type Admin = Actor & { id: string };

export type CreatePasswordResetResult = { ok: true; email: string; link: string; expiresAt: Date; mail: MailOutcome } | { ok: false; reason: "disabled" };

/**
 * Issues a link to set a new password for an account. The link exists only in this answer. A newer
 * link replaces an unused older one, so at most one works at a time. Disabled accounts get none:
 * they could not sign in with the new password anyway, and enabling is a decision of its own.
 */
export async function createPasswordReset(actor: Admin | null, userId: unknown): Promise<CreatePasswordResetResult> {
  assertCan(actor, "user:admin");
  const id = accountIdSchema.safeParse(userId);
  const user = id.success ? await db.user.findUnique({ where: { id: id.data }, select: { id: true, email: true, disabledAt: true } }) : null;
  if (!user) throw new NotFoundError(`user ${String(userId)}`);
  if (user.disabledAt) return { ok: false, reason: "disabled" };

  const { id: resetId, token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_HOURS * 60 * 60 * 1000);
  await db.$transaction([
    db.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } }),
    db.passwordReset.create({ data: { id: resetId, userId: user.id, tokenHash, expiresAt, createdById: actor.id } }),
  ]);
  const link = oneTimeLink("/passwort-neu", token);
  const mail = await sendMail(user.email, passwordResetMail({ link, expiresAt }));
  // Without SMTP in development the link also goes to the server log.
  if (mail === "off" && env.NODE_ENV === "development") console.info(`[passwort-neu] ${user.email}: ${link}`);
  return { ok: true, email: user.email, link, expiresAt, mail };
}

/** The open link behind a token, or null (unknown, wrong secret, used, expired, disabled: all alike). */
async function findOpenReset(token: unknown) {
  const parsed = parseOneTimeToken(token);
  if (!parsed) return null;
  const reset = await db.passwordReset.findUnique({
    where: { id: parsed.id },
    select: { id: true, userId: true, tokenHash: true, usedAt: true, expiresAt: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!reset || !tokenMatches(parsed.secret, reset.tokenHash)) return null;
  if (reset.usedAt || reset.expiresAt <= new Date() || reset.user.disabledAt) return null;
  return reset;
}

export async function getPasswordReset(token: unknown): Promise<{ email: string } | null> {
  const reset = await findOpenReset(token);
  return reset ? { email: reset.user.email } : null;
}

export type ResetPasswordResult =
  | { ok: true }
  | { ok: false; reason: "invalid_token" }
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<PasswordField, PasswordErrorCode>> };

/**
 * Sets the new password and uses the link up. Single use even under a race: only the request
 * that flips usedAt from null proceeds. Every existing session of the account ends
 * (sessionsRevokedAt): whoever knew the old password may have signed in with it.
 */
export async function resetPassword(input: { token?: unknown; password?: unknown; passwordConfirm?: unknown }): Promise<ResetPasswordResult> {
  const reset = await findOpenReset(input.token);
  if (!reset) return { ok: false, reason: "invalid_token" };

  const parsed = parseNewPassword(input);
  if (!parsed.ok) return { ok: false, reason: "invalid", fieldErrors: parsed.fieldErrors };
  const passwordHash = await hashPassword(parsed.password);

  const now = new Date();
  // A session's JWT `iat` is in whole seconds and counts as void when before sessionsRevokedAt:
  // revoking at the start of the second keeps a sign-in right after the reset (same second) valid.
  const revokedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return db.$transaction(async (tx) => {
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "invalid_token" } as const;
    // An account disabled meanwhile keeps its old password (the link is used up all the same).
    const { count: updated } = await tx.user.updateMany({
      where: { id: reset.userId, disabledAt: null },
      data: { passwordHash, sessionsRevokedAt: revokedAt },
    });
    return updated === 1 ? ({ ok: true } as const) : ({ ok: false, reason: "invalid_token" } as const);
  });
}
