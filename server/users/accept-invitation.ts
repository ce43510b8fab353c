import "server-only";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import type { UserRole } from "../generated/prisma/enums";
import type { PasswordErrorCode, PasswordField } from "./limits";
import { parseOneTimeToken, tokenMatches } from "./one-time-token";
import { parseNewPassword } from "./schema";

export type InvitationView = {
  email: string;
  role: UserRole;
  organizationName: string | null;
  /** false when the address already has an account with a password (a further organisation). */
  needsPassword: boolean;
};

/** The open invitation behind a link, or null (unknown, wrong secret, used or expired: all alike). */
async function findOpenInvitation(token: unknown) {
  const parsed = parseOneTimeToken(token);
  if (!parsed) return null;
  const invitation = await db.invitation.findUnique({
    where: { id: parsed.id },
    select: {
      id: true,
      email: true,
      role: true,
      organizationId: true,
      tokenHash: true,
      acceptedAt: true,
      expiresAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation || !tokenMatches(parsed.secret, invitation.tokenHash)) return null;
  if (invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, role: true, disabledAt: true, passwordHash: true },
  });
  // The address got another role or was disabled after the invitation: an admin has to sort it out.
  if (account && (account.role !== invitation.role || account.disabledAt)) return null;
  return { invitation, account };
}

export async function getInvitation(token: unknown): Promise<InvitationView | null> {
  const found = await findOpenInvitation(token);
  if (!found) return null;
  const { invitation, account } = found;
  return {
    email: invitation.email,
    role: invitation.role,
    organizationName: invitation.organization?.name ?? null,
    needsPassword: !account?.passwordHash,
  };
}

export type AcceptInvitationResult =
  | { ok: true; email: string }
  | { ok: false; reason: "invalid_token" }
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<PasswordField, PasswordErrorCode>> };

/**
 * Accepts an invitation: creates the account with the chosen password (or, for an address that
 * already has one, adds the organisation) and uses the link up. Single use even under a race:
 * only the request that flips acceptedAt from null proceeds.
 */
export async function acceptInvitation(input: { token?: unknown; password?: unknown; passwordConfirm?: unknown }): Promise<AcceptInvitationResult> {
  const found = await findOpenInvitation(input.token);
  if (!found) return { ok: false, reason: "invalid_token" };
  const { invitation, account } = found;

  let passwordHash: string | null = null;
  if (!account?.passwordHash) {
    const parsed = parseNewPassword(input);
    if (!parsed.ok) return { ok: false, reason: "invalid", fieldErrors: parsed.fieldErrors };
    passwordHash = await hashPassword(parsed.password);
  }

  const now = new Date();
  const accepted = await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count !== 1) return false;
    const user = await tx.user.upsert({
      where: { email: invitation.email },
      create: { email: invitation.email, role: invitation.role, passwordHash },
      update: passwordHash ? { passwordHash } : {},
      select: { id: true },
    });
    if (invitation.organizationId) {
      await tx.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId: invitation.organizationId } },
        create: { userId: user.id, organizationId: invitation.organizationId },
        update: {},
      });
    }
    return true;
  });
  return accepted ? { ok: true, email: invitation.email } : { ok: false, reason: "invalid_token" };
}
