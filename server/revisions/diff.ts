import { canonicalOffer } from "../offers/compare";
import type { OfferData } from "../offers/schema";

// A readable field-by-field comparison of two versions of an offer (labels come from the
// messages, Review.fields.<field>).

export type DiffValue = string | boolean | null;
export type FieldChange = { field: string; before: DiffValue; after: DiffValue };

const SKIP = new Set(["id", "organizationId"]);

function show(field: string, v: unknown): DiffValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return String(v);
  if (field === "phones") return (v as OfferData["phones"]).map((p) => p.number).join(", ") || null;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ") || null;
  return JSON.stringify(v);
}

/** Only the fields that differ, in schema order. */
export function diffOffers(before: OfferData | null, after: OfferData): FieldChange[] {
  const b = before ? (canonicalOffer(before, { rowIds: false }) as Record<string, unknown>) : {};
  const a = canonicalOffer(after, { rowIds: false }) as Record<string, unknown>;
  return Object.keys(a)
    .filter((field) => !SKIP.has(field) && JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, before: show(field, b[field]), after: show(field, a[field]) }));
}
