import "server-only";
import type { ServiceFilters } from "../server/hsds/api/service-filters";
import { offersIndexName } from "./client";
import type { OfferDocument } from "./document";
import { quote } from "./filters";
import { searchWithFailover } from "./replica-health";
import { residentSearchOptions } from "./resident-search-options";

// The HSDS API's `search` (server/hsds/api): the resident search's index, ranking, synonyms and
// typo tolerance, with the API's service filters. Only ids come back; the API reads the services
// from the database in this order. Filters are built from parsed values only (UUIDs and a date):
// attribute names are constants here, so no query parameter can change the filter's structure.

/** The most hits a search can page through (the index's pagination.maxTotalHits, search/settings.ts). */
export const MAX_SEARCH_HITS = 100_000;

function hsdsSearchFilter(filters: ServiceFilters): string[] {
  return [
    ...(filters.organizationId ? [`organizationId = ${quote(filters.organizationId)}`] : []),
    ...(filters.modifiedAfter ? [`modifiedAt >= ${filters.modifiedAfter.getTime()}`] : []),
    ...filters.termSets.map((ids) => `termIds IN [${ids.map(quote).join(", ")}]`),
  ];
}

/** One page of the search's service ids, most relevant first, and the exact number of hits. */
export async function searchServiceIds(q: string, filters: ServiceFilters, paging: { page: number; per_page: number }) {
  // An empty term set (a taxonomy without terms, or none of ours) matches nothing, as in the database.
  if (filters.termSets.some((ids) => ids.length === 0)) return { ids: [], total: 0 };
  const result = await searchWithFailover((client) =>
    client.index<OfferDocument>(offersIndexName()).search(q, {
      ...residentSearchOptions,
      filter: hsdsSearchFilter(filters),
      page: paging.page,
      hitsPerPage: paging.per_page,
      attributesToRetrieve: ["id"],
    }),
  );
  return { ids: result.hits.map((h) => h.id), total: result.totalHits ?? 0 };
}
