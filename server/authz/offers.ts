import "server-only";
import { db, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { ForbiddenError, NotFoundError } from "./errors";
import { can, type Actor } from "./permissions";

// Scoped queries: a provider's queries are limited to its organisations' offers, so a record
// outside the scope is simply "not found" (no existence leak, no separate check to forget).

const NOTHING = { id: { in: [] as string[] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the person edits offers at all: their organisations' (providers) or any (city staff). */
export function canEditOffers(actor: Actor | null | undefined): actor is Actor {
  return can(actor, "offer:edit-own") || can(actor, "offer:edit-any");
}

/** ForbiddenError unless the person edits offers at all; which ones, offerScope() decides. */
export function assertCanEditOffers(actor: Actor | null | undefined): asserts actor is Actor {
  if (!canEditOffers(actor)) throw new ForbiddenError("offer:edit-own");
}

/** The offers the person may edit: all for reviewers and admins, their organisations' for providers. */
export function offerScope(actor: Actor): Prisma.ServiceWhereInput {
  if (can(actor, "offer:edit-any")) return {};
  if (can(actor, "offer:edit-own")) return { organizationId: { in: [...actor.organizationIds] } };
  return NOTHING;
}

/** The organisations the person may act for (e.g. create an offer under). */
export function organizationScope(actor: Actor): Prisma.OrganizationWhereInput {
  if (can(actor, "offer:edit-any")) return {};
  if (can(actor, "offer:edit-own")) return { id: { in: [...actor.organizationIds] } };
  return NOTHING;
}

/** The offer if the person may edit it; NotFoundError otherwise (also for malformed ids). */
export async function assertCanEditOffer(actor: Actor, offerId: string, tx: Tx = db) {
  const offer = UUID.test(offerId)
    ? await tx.service.findFirst({ where: { AND: [{ id: offerId }, offerScope(actor)] }, select: { id: true, organizationId: true } })
    : null;
  if (!offer) throw new NotFoundError(`offer ${offerId}`);
  return offer;
}
