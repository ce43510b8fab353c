// "Database and index agree document by document": every searchable offer's document as the
// database builds it now, against what the index holds, and nothing else in the index. The index is
// the first replica's unless a test names another (one replica's, tests/integration/search-replicas).
import { expect } from "vitest";
import type { Db } from "../../server/db";
import { offerInclude } from "../../server/offers/store";
import type { Index } from "meilisearch";
import { offersIndex } from "../../search/client";
import { toOfferDocument, type OfferDocument } from "../../search/document";

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

export async function expectIndexMatchesDatabase(db: Db, index: Index<OfferDocument> = offersIndex()) {
  const services = await db.service.findMany({ include: offerInclude });
  const expected = services.map(toOfferDocument).filter((d): d is OfferDocument => d !== null);
  const { results, total } = await index.getDocuments({ limit: 10_000 });
  expect(total).toBe(expected.length);
  // JSON round trip: the index holds what was sent as JSON (dates as strings).
  expect([...results].sort(byId)).toEqual(JSON.parse(JSON.stringify(expected)).sort(byId));
  return expected.length;
}
