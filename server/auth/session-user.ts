import "server-only";
import { db } from "../db";
import type { UserRole } from "../generated/prisma/enums";

/** The signed-in person as every server function sees them: read fresh from the database. */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  /** Organisations the person acts for (providers; others may have none). */
  organizationIds: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user with their current role and memberships, or null if deleted or disabled. With
 * `sessionIssuedAt` (a session's sign-in time, in seconds), also null for a session signed in before
 * the account was last disabled: enabling the account again does not revive it.
 */
export async function loadSessionUser(id: string, opts: { sessionIssuedAt?: number } = {}): Promise<SessionUser | null> {
  if (!UUID.test(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      sessionsRevokedAt: true,
      memberships: { select: { organizationId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.disabledAt) return null;
  const issuedAt = opts.sessionIssuedAt;
  if (issuedAt !== undefined && user.sessionsRevokedAt && issuedAt * 1000 < user.sessionsRevokedAt.getTime()) return null;
  const { memberships, disabledAt: _disabled, sessionsRevokedAt: _revoked, ...rest } = user;
  return { ...rest, organizationIds: memberships.map((m) => m.organizationId) };
}
