import "server-only";
import type { SessionUser } from "../auth/session-user";
import { assertCan, invitableRoles, type Actor } from "../authz";
import { db } from "../db";

/** What /konto shows: the person, their role and the organisations they act for. */
export async function getAccount(user: SessionUser) {
  const organizations = await db.organization.findMany({
    where: { id: { in: user.organizationIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { email: user.email, name: user.name, role: user.role, organizations };
}

/** The choices of the invitation form for this person. */
export async function getInviteOptions(actor: Actor) {
  assertCan(actor, "org:invite");
  const organizations = await db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { roles: invitableRoles(actor), organizations };
}
