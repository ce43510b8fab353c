import { weekdays, type OfferData } from "../offers/schema";

// Whether two versions of an offer say the same thing. Rows the database keeps in no particular
// order (locations, phones, contacts, terms) are sorted first, so a re-import of an unchanged
// file is recognised as unchanged and bumps no version.

type Schedule = OfferData["schedules"][number];

const sortBy = <T>(xs: readonly T[], key: (x: T) => string) =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const sortSchedules = (xs: Schedule[]) =>
  sortBy(xs, (s) => `${weekdays.indexOf(s.weekday)}|${s.opensAt}|${s.closesAt}|${s.id ?? ""}`);

/** JSON with sorted object keys. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The offer with unordered collections in a fixed order. */
export function canonicalOffer(d: OfferData): OfferData {
  return {
    ...d,
    handlungsfelder: [...d.handlungsfelder].sort(),
    lebensphasen: [...d.lebensphasen].sort(),
    angebotsarten: [...d.angebotsarten].sort(),
    serviceAreaCodes: [...d.serviceAreaCodes].sort(),
    measureIds: [...d.measureIds].sort(),
    channels: [...d.channels].sort(),
    schedules: sortSchedules(d.schedules),
    locations: sortBy(d.locations, (l) => l.id).map((l) => ({ ...l, schedules: sortSchedules(l.schedules) })),
    phones: sortBy(d.phones, (p) => p.id ?? p.number),
    contacts: sortBy(d.contacts, (c) => c.id ?? c.name ?? ""),
  };
}

export function sameOffer(a: OfferData, b: OfferData) {
  return stableJson(canonicalOffer(a)) === stableJson(canonicalOffer(b));
}
