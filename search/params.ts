import { z } from "zod";
import { plainText } from "../server/plain-text";

// The resident search as URL parameters: parsed here with zod, so only known attributes and
// values of a fixed shape ever reach a Meilisearch filter. Invalid values are dropped, not errors:
// a mangled shared link still shows a search. Facet values are also checked against the values
// the site knows (taxonomy codes, Planungsräume, the offers' languages) and capped, so the page
// never grows with what a URL piles up (an attack sent 900 made-up codes and got 33 MB back).

/** Results per page, in the index and in the database fallback alike. */
export const HITS_PER_PAGE = 10;

/** Most values one facet parameter keeps, known or not: no facet of the catalogue has more. */
export const MAX_VALUES_PER_FACET = 100;

const code = z.string().regex(/^[a-z0-9_-]{1,60}$/);
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.unknown()).transform((xs) => [...new Set(xs.filter((x) => item.safeParse(x).success))] as z.output<T>[]),
  );
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

export const CHANNELS = { "vor-ort": "IN_PERSON", telefon: "PHONE", online: "ONLINE", aufsuchend: "OUTREACH" } as const;
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const SORTS = ["relevanz", "entfernung", "name"] as const;
export const RADII_KM = [1, 2, 5, 10, 25] as const;

export const searchParamsSchema = z.object({
  // Without control characters: the database fallback (search/fallback.ts) cannot take a NUL.
  q: z.preprocess(first, plainText().max(200).catch("")).default(""),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
  handlungsfeld: list(code),
  lebensphase: list(code),
  planungsraum: list(code),
  angebotsart: list(code),
  sprache: list(z.string().regex(/^[a-z]{2,3}$/)),
  kanal: list(z.enum(Object.keys(CHANNELS) as [keyof typeof CHANNELS])),
  tag: list(z.enum(WEEKDAYS)),
  kostenlos: optional(z.literal("1")),
  barrierefrei: optional(z.literal("1")),
  anonym: optional(z.literal("1")),
  jetzt: optional(z.literal("1")),
  /** Only offers with an approved text in Leichte Sprache. */
  leichtesprache: optional(z.literal("1")),
  /** Free text: a street, an Ortsteil or a Planungsraum to measure distance from. */
  ort: optional(z.string().trim().min(2).max(100)),
  lat: optional(z.coerce.number().min(50.8).max(51.2)),
  lon: optional(z.coerce.number().min(10.1).max(10.6)),
  umkreis: optional(z.coerce.number().refine((n) => (RADII_KM as readonly number[]).includes(n))),
  sort: z.preprocess(first, z.enum(SORTS).catch("relevanz")).default("relevanz"),
  /** Facets whose every value the filter list shows (a long one shows its most frequent values first). */
  alle: list(z.enum(["handlungsfeld", "lebensphase", "planungsraum", "angebotsart", "sprache", "kanal", "tag"])),
});

export type SearchParams = z.output<typeof searchParamsSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The values each facet may take on this site; a facet left out takes any value of its shape. */
export type KnownValues = Partial<Record<FacetParam, readonly string[]>>;

/** The parameter a "remove this filter" button sends: `facet:value`, or the name of a flag or `umkreis`. */
export const REMOVE_PARAM = "ohne";
const REMOVABLE = ["kostenlos", "barrierefrei", "anonym", "jetzt", "leichtesprache", "umkreis"] as const;

export function parseSearchParams(raw: RawSearchParams, known: KnownValues = {}): SearchParams {
  const p = searchParamsSchema.parse(raw);
  const facets = p as Record<FacetParam, string[]>;
  for (const facet of Object.keys(FACETS) as FacetParam[]) {
    const allowed = known[facet] && new Set(known[facet]);
    facets[facet] = (allowed ? facets[facet].filter((v) => allowed.has(v)) : facets[facet]).slice(0, MAX_VALUES_PER_FACET);
  }
  const removals = [raw[REMOVE_PARAM] ?? []].flat().slice(0, MAX_VALUES_PER_FACET);
  for (const removal of removals) {
    const [key, value] = removal.split(/:(.*)/s);
    if (Object.hasOwn(FACETS, key)) facets[key as FacetParam] = facets[key as FacetParam].filter((v) => v !== value);
    else if ((REMOVABLE as readonly string[]).includes(key)) p[key as (typeof REMOVABLE)[number]] = undefined;
  }
  if (removals.length) p.page = 1;
  return p;
}

/** Facets whose values are OR-ed (disjunctive) and shown with counts. */
export const FACETS = {
  handlungsfeld: "handlungsfeld",
  lebensphase: "lebensphase",
  planungsraum: "planungsraum",
  angebotsart: "angebotsart",
  sprache: "languages",
  kanal: "channels",
  tag: "openDays",
} as const satisfies Partial<Record<keyof SearchParams, string>>;
export type FacetParam = keyof typeof FACETS;

/** Facets with at least one ticked value. */
export const selectedFacets = (p: SearchParams) => (Object.keys(FACETS) as FacetParam[]).filter((f) => p[f].length > 0);

/** The URL query for `params`, e.g. to link to a page or to remove one filter. */
export function toQuery(params: SearchParams, change: Partial<SearchParams> = {}): Record<string, string | string[]> {
  const p = { ...params, ...change };
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(p)) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (key === "page" && value === 1) continue;
    if (key === "sort" && value === "relevanz") continue;
    out[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return out;
}

/** A change to a search that removes every filter (keeps the text, the place and the sort). */
export const NO_FILTERS: Partial<SearchParams> = {
  handlungsfeld: [], lebensphase: [], planungsraum: [], angebotsart: [], sprache: [], kanal: [], tag: [],
  kostenlos: undefined, barrierefrei: undefined, anonym: undefined, jetzt: undefined, leichtesprache: undefined, umkreis: undefined, page: 1,
};

/** True when the resident narrowed the search beyond the text. */
export function hasFilters(p: SearchParams) {
  return selectedFacets(p).length > 0 ||
    Boolean(p.kostenlos || p.barrierefrei || p.anonym || p.jetzt || p.leichtesprache || p.umkreis);
}

/**
 * True when the resident has neither searched nor picked anything (no text, filter, place or
 * order): the page then shows the start (life situations, Handlungsfelder, emergency numbers)
 * instead of every offer. `sort=name` alone lists all offers A–Z (linked from the start).
 */
export function isBlankSearch(p: SearchParams) {
  return !p.q && !hasFilters(p) && !p.ort && p.lat === undefined && p.sort === "relevanz";
}
