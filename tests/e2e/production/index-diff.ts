// Run as a child process (`tsx --conditions=react-server`, the env file sourced) by
// tests/e2e/production.spec.ts, which cannot import server code: prints as JSON how the search
// index differs from the database, document by document (as tests/setup/index-agreement.ts
// compares them in vitest): ids missing from the index, ids it should not hold, ids whose document
// is not what the database builds now.
import { isDeepStrictEqual } from "node:util";
import { db } from "../../../server/db";
import { offerInclude } from "../../../server/offers/store";
import { offersIndex } from "../../../search/client";
import { toOfferDocument, type OfferDocument } from "../../../search/document";

const services = await db.service.findMany({ include: offerInclude });
// JSON round trip: the index holds what was sent as JSON (dates as strings).
const expected = new Map<string, unknown>(
  services
    .map(toOfferDocument)
    .filter((d): d is OfferDocument => d !== null)
    .map((d) => [d.id, JSON.parse(JSON.stringify(d))]),
);
const { results } = await offersIndex().getDocuments({ limit: 10_000 });
const actual = new Map<string, unknown>(results.map((d) => [d.id, d]));
await db.$disconnect();
console.log(
  JSON.stringify({
    documents: expected.size,
    missing: [...expected.keys()].filter((id) => !actual.has(id)),
    extra: [...actual.keys()].filter((id) => !expected.has(id)),
    differing: [...expected].filter(([id, doc]) => actual.has(id) && !isDeepStrictEqual(actual.get(id), doc)).map(([id]) => id),
    // What differs, field by field: the index's value, then the database's.
    fields: [...expected].flatMap(([id, doc]) => fieldDifferences(id, actual.get(id), doc)),
  }),
);

function fieldDifferences(id: string, indexed: unknown, current: unknown) {
  if (!indexed) return [];
  const [a, b] = [indexed as Record<string, unknown>, current as Record<string, unknown>];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !isDeepStrictEqual(a[key], b[key]))
    .map((key) => `${id} ${key}: ${JSON.stringify(a[key])?.slice(0, 300)} <> ${JSON.stringify(b[key])?.slice(0, 300)}`);
}
