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

/** The user with their current role and memberships, or null if deleted or disabled. */
export async function loadSessionUser(id: string): Promise<SessionUser | null> {
  if (!UUID.test(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      memberships: { select: { organizationId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.disabledAt) return null;
  const { memberships, disabledAt: _disabled, ...rest } = user;
  return { ...rest, organizationIds: memberships.map((m) => m.organizationId) };
}
