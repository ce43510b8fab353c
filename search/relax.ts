import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { offersIndexName } from "./client";
import { buildFilters, type Origin } from "./filters";
import { NO_FILTERS, selectedFacets, type FacetParam, type SearchParams } from "./params";
import { searchWithFailover } from "./replica-health";
import { residentSearchOptions } from "./resident-search-options";

// When a filtered search finds nothing, the resident is shown the same search without the filter
// that removes most hits: the one whose removal gives the most results. One extra multi-search
// counts the search once without each chosen filter (a facet counts as one filter: its values are
// OR-ed) and once without any; no hits are fetched.

const FLAGS = ["kostenlos", "barrierefrei", "anonym", "jetzt", "leichtesprache", "umkreis"] as const;

/** A filter the resident chose: a facet, a flag or the radius; or "alle" for all of them at once. */
export type FilterUnit = FacetParam | (typeof FLAGS)[number] | "alle";

export type Relaxation = { without: FilterUnit; count: number };

/** The change to a search's parameters that removes `unit`. */
export function withoutFilter(unit: FilterUnit): Partial<SearchParams> {
  if (unit === "alle") return NO_FILTERS;
  return { [unit]: (FLAGS as readonly string[]).includes(unit) ? undefined : [], page: 1 };
}

export function chosenFilters(params: SearchParams): FilterUnit[] {
  return [...selectedFacets(params), ...FLAGS.filter((f) => params[f] !== undefined)];
}

/** The most helpful relaxation of a search, or null when none finds anything (or nothing was filtered). */
export async function relaxSearch(params: SearchParams, origin: Origin | null): Promise<Relaxation | null> {
  const units = chosenFilters(params);
  if (units.length === 0) return null;
  const candidates: FilterUnit[] = units.length > 1 ? [...units, "alle"] : units;
  const queries: MultiSearchQuery[] = candidates.map((unit) => ({
    indexUid: offersIndexName(),
    q: params.q,
    ...residentSearchOptions,
    filter: buildFilters({ ...params, ...withoutFilter(unit) }, origin),
    page: 1,
    hitsPerPage: 0, // page mode: an exact count, no hits
  }));
  const { results } = await searchWithFailover((client) => client.multiSearch({ queries }));
  const counts = candidates.map((without, i) => ({ without, count: results[i].totalHits ?? 0 }));
  // A single filter first (the smallest change that helps), all filters only when no single one does.
  const best = counts.filter((c) => c.without !== "alle").sort((a, b) => b.count - a.count)[0];
  if (best.count > 0) return best;
  const all = counts.find((c) => c.without === "alle");
  return all && all.count > 0 ? all : null;
}
