import "server-only";
import { can, canEditOffers, type Actor } from "../authz";

/**
 * Where a person starts after signing in: the page of their daily work. Reviewers (who are also the
 * city's planners) start at the review queue, since waiting drafts keep providers waiting; the
 * planning pages are one link away. Admins start at the accounts; anyone else at /konto.
 */
export function landingPath(actor: Actor): string {
  if (can(actor, "user:admin")) return "/verwaltung/konten";
  if (can(actor, "offer:review")) return "/pruefung";
  if (actor.organizationIds.length > 0 && canEditOffers(actor)) return "/meine-angebote";
  if (can(actor, "network-fields:read")) return "/fachinfo";
  return "/konto";
}
