import "server-only";
import { can, ForbiddenError, NotFoundError, organizationScope, type Actor } from "../authz";
import { db, type Tx } from "../db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Providers (their own organisations) and the city's staff (any); nobody else edits organisations. */
export function assertMayEditOrganizations(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !(can(actor, "offer:edit-own") || can(actor, "offer:edit-any"))) throw new ForbiddenError("offer:edit-own");
}

/**
 * The organisation if the person may edit it. Outside their scope (another provider's
 * organisation) or a malformed id: NotFoundError, the same as an id that does not exist.
 */
export async function findEditableOrganization(actor: Actor | null | undefined, organizationId: string, tx: Tx = db) {
  assertMayEditOrganizations(actor);
  const org = UUID.test(organizationId)
    ? await tx.organization.findFirst({ where: { AND: [{ id: organizationId }, organizationScope(actor)] }, select: { id: true } })
    : null;
  if (!org) throw new NotFoundError(`organization ${organizationId}`);
  return org;
}
