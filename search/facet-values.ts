// Every facet value of an offer in one filterable attribute, "attribute:value".
//
// Why: Meilisearch 1.21 counts facet values document by document when a search matches up to
// about 3,000 documents, and then every facet attribute costs about 2.5 ms at 100,000 offers; our
// ten attributes took 25-35 ms (a typo search, or two filters). Counting one attribute that holds
// every pair takes about 5 ms, and the same as before for larger result sets (single searches
// against the bench's 100,000-document index). Filters, and the count of one selected facet
// without its own filter, use the attributes themselves.

export const FACET_ATTRIBUTES = [
  "handlungsfeld",
  "lebensphase",
  "planungsraum",
  "angebotsart",
  "languages",
  "channels",
  "openDays",
  "free",
  "stepFree",
  "anonymousPossible",
  "hasLeichteSprache",
  // Not a filter residents set: its count tells the page whether the results hold a protection offer.
  "protection",
] as const;
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

/** The attribute Meilisearch counts. */
export const FACET_VALUES = "facetValues";

type FacetFields = { [A in FacetAttribute]?: string[] | boolean | null };

export function facetValuesOf(doc: FacetFields): string[] {
  return FACET_ATTRIBUTES.flatMap((attribute) => {
    const value = doc[attribute];
    if (value == null) return []; // e.g. costs unknown: neither free nor paid
    return (Array.isArray(value) ? value : [String(value)]).map((v) => `${attribute}:${v}`);
  });
}

/** Meilisearch's counts of `facetValues`, split back into counts per attribute. */
export function splitFacetCounts(counts: Record<string, number> | undefined): Partial<Record<FacetAttribute, Record<string, number>>> {
  const split: Partial<Record<FacetAttribute, Record<string, number>>> = {};
  for (const [pair, count] of Object.entries(counts ?? {})) {
    const colon = pair.indexOf(":");
    (split[pair.slice(0, colon) as FacetAttribute] ??= {})[pair.slice(colon + 1)] = count;
  }
  return split;
}
