import "server-only";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { accountIdSchema, membershipSchema } from "./schema";

// Account administration (permission "user:admin"). Every function checks the permission itself,
// so no page or action can skip it; unknown or malformed ids are NotFoundError.

type Admin = Actor & { id: string };

export type AccountChangeResult = { ok: true } | { ok: false; reason: "self" | "staff_no_organization" };

async function findAccount(userId: unknown) {
  const id = accountIdSchema.safeParse(userId);
  const user = id.success ? await db.user.findUnique({ where: { id: id.data }, select: { id: true, role: true } }) : null;
  if (!user) throw new NotFoundError(`user ${String(userId)}`);
  return user;
}

/**
 * Disables an account (or enables it again). A disabled person cannot sign in, and their session
 * ends on their next request, since every request reads the account afresh (server/auth/options.ts).
 * Sessions from before the disabling stay void when the account is enabled again
 * (sessionsRevokedAt): the person signs in anew, and a stolen cookie is not revived.
 * Nobody disables themselves: the last admin could otherwise lock everyone out.
 */
export async function setAccountDisabled(actor: Admin | null, userId: unknown, disabled: boolean): Promise<AccountChangeResult> {
  assertCan(actor, "user:admin");
  const user = await findAccount(userId);
  if (disabled && user.id === actor.id) return { ok: false, reason: "self" };
  const now = new Date();
  // Keeps the first date when an already disabled account is disabled again.
  await db.user.updateMany({
    where: { id: user.id, disabledAt: disabled ? null : { not: null } },
    data: disabled ? { disabledAt: now, sessionsRevokedAt: now } : { disabledAt: null },
  });
  return { ok: true };
}

/** Removes a person from an organisation; they lose its offers on their next request. */
export async function removeMembership(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "user:admin");
  const parsed = membershipSchema.safeParse(input);
  const { count } = parsed.success ? await db.membership.deleteMany({ where: parsed.data }) : { count: 0 };
  if (count === 0) throw new NotFoundError("membership");
}

/**
 * Adds a person to an organisation (already a member: nothing changes). City staff belong to no
 * organisation (as with invitations), since their role reaches every offer anyway.
 */
export async function addMembership(actor: Actor | null, input: unknown): Promise<AccountChangeResult> {
  assertCan(actor, "user:admin");
  const parsed = membershipSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError("membership");
  const { userId, organizationId } = parsed.data;
  const [user, organization] = await Promise.all([
    findAccount(userId),
    db.organization.findUnique({ where: { id: organizationId }, select: { id: true } }),
  ]);
  if (!organization) throw new NotFoundError(`organization ${organizationId}`);
  if (user.role === "REVIEWER" || user.role === "ADMIN") return { ok: false, reason: "staff_no_organization" };
  await db.membership.upsert({
    where: { userId_organizationId: { userId, organizationId } },
    create: { userId, organizationId },
    update: {},
  });
  return { ok: true };
}
