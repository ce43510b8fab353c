import "server-only";
import { can, type Actor } from "../authz";
import type { OfferData } from "../offers/schema";
import { PROVIDER_PLANNING_FIELDS } from "./form";

// The city's planning fields (legal basis, LSZ funding area, stage and amount) are for those who
// may read planner fields (server/authz/permissions.ts). Providers keep the other planning fields
// (places, staff, waiting time, ...) and see those. Everything that hands an offer document to a
// person who edits it (the edit form's values, the history's changes, the review diff) reads it
// through offerAsReadBy(), so the city's values never reach a provider's browser.

const providerKept = new Set<string>(PROVIDER_PLANNING_FIELDS);

/** The offer document as `actor` may read it: the city's planning fields empty unless they may read them. */
export function offerAsReadBy(actor: Actor, offer: OfferData): OfferData {
  if (can(actor, "planner-fields:read") || !offer.planning) return offer;
  const planning = Object.fromEntries(
    Object.entries(offer.planning).map(([key, value]) => [key, providerKept.has(key) ? value : null]),
  ) as NonNullable<OfferData["planning"]>;
  return { ...offer, planning };
}

/**
 * `offer` with the city's fields (planning fields, protection offer) taken from `current` unless
 * `actor` may edit them: a provider who restores an old version brings back their own fields, not
 * the city's old funding.
 */
export function withCityFieldsOf(actor: Actor, offer: OfferData, current: OfferData): OfferData {
  if (can(actor, "offer:edit-any")) return offer;
  const keys = Object.keys({ ...offer.planning, ...current.planning }) as (keyof NonNullable<OfferData["planning"]>)[];
  const planning = Object.fromEntries(
    keys.map((key) => [key, (providerKept.has(key) ? offer.planning?.[key] : current.planning?.[key]) ?? null]),
  ) as NonNullable<OfferData["planning"]>;
  return {
    ...offer,
    planning: Object.values(planning).some((v) => v !== null) ? planning : null,
    // Quick-Exit is the city's call too (server/revisions/apply-form.ts).
    protectionOffer: current.protectionOffer,
  };
}
