import { canonicalOffer } from "../offers/compare";
import type { OfferData } from "../offers/schema";

// A readable comparison of two versions of an offer, one row per changed value: nested parts are
// named by their path ("locations[0].schedules[1].opensAt"), so a reviewer sees which place's
// which opening time changed rather than a blob. Labels come from the messages (RevisionDiff).

export type DiffValue = string | boolean | null;
export type FieldChange = { field: string; before: DiffValue; after: DiffValue };

// lastVerifiedAt: every saved edit confirms the entry, so it would be in every diff. Row ids and
// coordinates are bookkeeping (coordinates follow the address).
const SKIP = new Set(["id", "organizationId", "lastVerifiedAt", "latitude", "longitude"]);

const isScalar = (v: unknown) => v === null || v === undefined || typeof v !== "object";

function show(v: unknown): DiffValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Path → shown value for every scalar (and list of scalars) in the offer. */
function flatten(value: unknown, path: string, out: Map<string, DiffValue>) {
  if (Array.isArray(value) && value.every(isScalar)) out.set(path, value.join(", ") || null);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) {
      if (!SKIP.has(key)) flatten(v, path ? `${path}.${key}` : key, out);
    }
  else out.set(path, show(value));
}

const flat = (d: OfferData | null) => {
  const out = new Map<string, DiffValue>();
  if (d) flatten(canonicalOffer(d, { rowIds: false }), "", out);
  return out;
};

/** Only the values that differ, in schema order (removed rows after the rest). */
export function diffOffers(before: OfferData | null, after: OfferData): FieldChange[] {
  const b = flat(before);
  const a = flat(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((field) => (a.get(field) ?? null) !== (b.get(field) ?? null))
    .map((field) => ({ field, before: b.get(field) ?? null, after: a.get(field) ?? null }));
}
