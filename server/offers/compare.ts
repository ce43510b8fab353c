import { weekdays, type OfferData } from "./schema";

// Whether two versions of an offer say the same thing. Lists the database keeps in no particular
// order are sorted and object keys ordered, so re-importing or re-seeding unchanged data is
// recognised and bumps no version.

type Options = {
  /** Compare the ids of schedules, phones and contacts too (HSDS carries them; the seed does not). */
  rowIds?: boolean;
};

type Schedule = OfferData["schedules"][number];

const byKey = <T>(xs: readonly T[], key: (x: T) => string) =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** JSON with object keys in sorted order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The offer with unordered lists in a fixed order (and, unless `rowIds`, without row ids). */
export function canonicalOffer(d: OfferData, { rowIds = true }: Options = {}): OfferData {
  const row = <T extends { id?: string }>(x: T): T => {
    if (rowIds) return x;
    const { id: _id, ...rest } = x;
    return rest as T;
  };
  const schedules = (xs: Schedule[]) =>
    byKey(xs.map(row), (s) => `${weekdays.indexOf(s.weekday)}|${s.opensAt}|${s.closesAt}|${s.description ?? ""}|${s.id ?? ""}`);
  return {
    ...d,
    handlungsfelder: [...d.handlungsfelder].sort(),
    lebensphasen: [...d.lebensphasen].sort(),
    angebotsarten: [...d.angebotsarten].sort(),
    hinweise: [...d.hinweise].sort(),
    serviceAreaCodes: [...d.serviceAreaCodes].sort(),
    measureIds: [...d.measureIds].sort(),
    channels: [...d.channels].sort(),
    schedules: schedules(d.schedules),
    locations: byKey(d.locations, (l) => l.id).map((l) => ({ ...l, schedules: schedules(l.schedules) })),
    phones: byKey(d.phones.map(row), (p) => stableJson(p)),
    contacts: byKey(d.contacts.map(row), (c) => stableJson(c)),
    translations: byKey(d.translations, (t) => t.locale),
    foreignAttributes: byKey(d.foreignAttributes, (a) => `${a.id}|${stableJson(a)}`),
  };
}

export function sameOffer(a: OfferData, b: OfferData, opts: Options = {}) {
  return stableJson(canonicalOffer(a, opts)) === stableJson(canonicalOffer(b, opts));
}
