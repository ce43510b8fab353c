import "server-only";
import { can, ForbiddenError, offerScope, type Actor } from "../authz";
import type { Prisma } from "../generated/prisma/client";

// Who handles residents' reports: the providers of the offer (their organisations' offers) and the
// city's reviewers and admins (every offer). Network partners and anyone signed out get nothing.

export const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

export function canHandleReports(actor: Actor | null | undefined): actor is Actor {
  return can(actor, "offer:edit-own") || can(actor, "offer:review");
}

/**
 * The reports this person may read and act on. The scope is the offer scope, so a report about
 * another organisation's offer is "not found", never "forbidden".
 */
export function reportScope(actor: Actor | null | undefined): Prisma.ErrorReportWhereInput {
  if (!canHandleReports(actor)) throw new ForbiddenError("reports");
  return { service: offerScope(actor) };
}
