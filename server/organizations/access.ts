import "server-only";
import { type Actor, assertCanEditOffers, NotFoundError, organizationScope } from "../authz";
import { db, type Tx } from "../db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organisation if the person may edit it. Outside their scope (another provider's
 * organisation) or a malformed id: NotFoundError, the same as an id that does not exist.
 */
export async function findEditableOrganization(actor: Actor | null | undefined, organizationId: string, tx: Tx = db) {
  assertCanEditOffers(actor); // who edits offers edits their organisations
  const org = UUID.test(organizationId)
    ? await tx.organization.findFirst({ where: { AND: [{ id: organizationId }, organizationScope(actor)] }, select: { id: true } })
    : null;
  if (!org) throw new NotFoundError(`organization ${organizationId}`);
  return org;
}
