import type { SearchParams } from "meilisearch";

// Query-time options of the resident search, shared by the site (search/query.ts) and the
// relevance test (tests/integration/relevance.test.ts), so the test measures what residents get.
// "frequency" drops the most common words of a query first ("Hilfe bei Sucht" keeps "Sucht");
// the default "last" would drop the last word, usually the meaningful one (stack-notes).
export const residentSearchOptions = {
  matchingStrategy: "frequency",
} as const satisfies SearchParams;
