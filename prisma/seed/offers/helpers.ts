// Small builders that keep the offer files readable. They produce plain OfferDataInput parts.
import type { OfferDataInput } from "../../../server/offers/schema";
import type { HandlungsfeldCode, LebensphaseCode } from "../taxonomies";
import { areaByCode, type AreaCode } from "../planning-areas";

type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
export type ScheduleInput = NonNullable<OfferDataInput["schedules"]>[number];
export type LocationInput = NonNullable<OfferDataInput["locations"]>[number];
export type PhoneInput = NonNullable<OfferDataInput["phones"]>[number];

/** A seed offer: the published document plus type-checked taxonomy codes and an explicit demo flag. */
export type SeedOffer = Omit<OfferDataInput, "handlungsfelder" | "lebensphasen" | "isDemo"> & {
  handlungsfelder: HandlungsfeldCode[];
  lebensphasen: LebensphaseCode[];
  angebotsarten: string[];
  isDemo: boolean;
};

export const MO_FR: Weekday[] = ["MO", "TU", "WE", "TH", "FR"];
export const MO_TH: Weekday[] = ["MO", "TU", "WE", "TH"];
export const DAILY: Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** Weekly opening hours on the given days. */
export function hours(days: Weekday | Weekday[], opensAt: string, closesAt: string, description?: string): ScheduleInput[] {
  return (Array.isArray(days) ? days : [days]).map((weekday) => ({ weekday, opensAt, closesAt, description: description ?? null }));
}

/** Around the clock, every day (a schedule cannot span midnight, so 00:00–23:59). */
export const ROUND_THE_CLOCK = hours(DAILY, "00:00", "23:59", "rund um die Uhr");

/** A point near a Planungsraum's centre (for demo addresses), offsets in degrees. */
export function nearCentre(area: AreaCode, dLat: number, dLon: number) {
  const a = areaByCode(area);
  return { latitude: round(a.centerLat + dLat), longitude: round(a.centerLon + dLon) };
}

/** A point near a street of a Planungsraum (approximate coordinates from planning-areas.ts). */
export function nearStreet(area: AreaCode, street: string, dLat = 0, dLon = 0) {
  const s = areaByCode(area).streets.find((x) => x.name === street);
  if (!s || s.latitude === null || s.longitude === null) throw new Error(`no coordinates for ${street}`);
  return { latitude: round(s.latitude + dLat), longitude: round(s.longitude + dLon) };
}

function round(x: number) {
  return Math.round(x * 1e5) / 1e5;
}

/** An Eisenach address; `postalCode` defaults to 99817 (the city's only postcode). */
export function address(street: string | null, postalCode = "99817") {
  return { street, postalCode, city: "Eisenach" };
}

/** lastVerifiedAt of facts-file offers: the day the team's research checked the cited sources. */
export const RESEARCHED = "2026-11-25";
/** lastVerifiedAt of the nationwide helplines: the day their numbers were checked for this seed. */
export const HOTLINES_CHECKED = "2026-11-27";
