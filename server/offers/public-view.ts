import type { OfferData } from "./schema";

// The one rule for what a protected offer may show the public. An offer whose address is HIDDEN
// (stored for planners only) or NONE shows no place at all: no location (address, coordinates,
// name, accessibility, notes, its Planungsraum) and nothing bound to one (its opening hours, its
// phones). Hours and phones of the offer itself (e.g. phone hours) and the areas it serves stay.
// Every public output — search index, offer page, database fallback search, HSDS export,
// Fachinfo, and the Merkliste fed by them — passes the stored offer through publicOfferView()
// before reading it, so the rule is written once. Pure (no "server-only"): the index mapping and
// the HSDS export are pure modules too.

/**
 * The one visibility whose locations are public; the database search filters on it in SQL
 * (search/fallback.ts), where it cannot call publicOfferView().
 */
export const LOCATIONS_PUBLIC_FOR: OfferData["addressVisibility"] = "PUBLIC";

/** A schedule or phone row; as stored it may carry a locationId (OfferData's never do). */
type Row = object;

export type StoredOffer = {
  addressVisibility: OfferData["addressVisibility"];
  /** Stored locations: OfferData's places or the ServiceAtLocation rows of a query. */
  locations: readonly unknown[];
  schedules?: readonly Row[];
  phones?: readonly Row[];
};

const notAtLocation = (row: Row) => !("locationId" in row && row.locationId);

/**
 * What of a stored offer may be public, in the shape it came in (a Prisma row or OfferData). For
 * a protected offer the locations are empty and location-bound schedules and phones are gone, so
 * nothing the caller derives from them (street, coordinates, step-free access, Planungsraum, open
 * days and hours) can reach the public. Planner-only fields are not this function's business:
 * public reads never select them.
 */
export function publicOfferView<T extends StoredOffer>(offer: T): T {
  if (offer.addressVisibility === LOCATIONS_PUBLIC_FOR) return offer;
  return {
    ...offer,
    locations: [],
    ...(offer.schedules ? { schedules: offer.schedules.filter(notAtLocation) } : {}),
    ...(offer.phones ? { phones: offer.phones.filter(notAtLocation) } : {}),
  };
}
