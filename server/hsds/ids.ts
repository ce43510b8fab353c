import { createHash } from "node:crypto";

// Deterministic ids for HSDS objects that have no row of their own in our model (a schedule per
// weekday split from "MO,TU", an address, an attribute, a service area): the same input always
// gives the same id, so an export is stable and re-importing it changes nothing.

/** Namespace of the catalogue's derived ids (a random UUID, fixed once). */
const NAMESPACE = "5f0c6b2e-7a51-4c1e-9d0b-3e8a2c4f6d17";

/** A name-based UUID (RFC 9562 version 5) for the given parts. */
export function stableUuid(...parts: string[]): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex"))
    .update(parts.join("\u001f"))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of an offer's place as an HSDS service_at_location. Derived, not random, so the export,
 * the API and the stored ServiceAtLocation row (server/offers/offer-rows.ts) agree and the id
 * survives republication (which rewrites the rows).
 */
export function serviceAtLocationId(serviceId: string, locationId: string) {
  return stableUuid(serviceId.toLowerCase(), "service_at_location", locationId.toLowerCase());
}
