import "server-only";
import { logMessage, messageOf } from "../server/log";
import distance from "@turf/distance";
import type { MultiSearchQuery } from "meilisearch";
import { geocode, type Place } from "../server/geo/geocode";
import { isThinSearch, logThinSearch } from "../server/search-log";
import { DEFAULT_LOCALE, type TranslationLocale } from "../i18n/locales";
import { offersIndexName } from "./client";
import type { OfferDocument } from "./document";
import { FACET_VALUES, splitFacetCounts } from "./facet-values";
import { fallbackSearch } from "./fallback";
import { buildFilters, type Origin } from "./filters";
import { highlightName, highlightTags, markName, toSegments, type Segment } from "./highlight";
import { FACETS, hasFilters, HITS_PER_PAGE, selectedFacets, type FacetParam, type SearchParams } from "./params";
import { relaxSearch, type Relaxation } from "./relax";
import { searchWithFailover } from "./replica-health";
import { residentSearchOptions } from "./resident-search-options";
import { oneLineAddress } from "../server/offers/address";
import { openingStatus, type OpeningStatus } from "../server/offers/opening-status";

// The resident search: one Meilisearch multi-search request per page view — the hits with all
// filters, plus one count query per facet that has a selection, without that facet's own filter
// (disjunctive facets: OR within a facet, AND across facets, the other values keep their counts).

export type OfferHit = {
  id: string;
  name: Segment[];
  organizationName: string;
  snippet: Segment[];
  /** HTML `lang` of name and snippet: the page's language when the offer has an approved translation in it, else German. */
  lang: string;
  address: string | null;
  phone: string | null;
  /** Straight-line distance from the search's place; never set for an offer without a public address. */
  distanceMeters: number | null;
  /** "jetzt geöffnet" / "öffnet Mo 9:00", at the time of the request; null = hours unknown. */
  opening: OpeningStatus | null;
  protection: boolean;
};

export type FacetCounts = Partial<Record<FacetParam, Record<string, number>>> & {
  free?: number;
  stepFree?: number;
  anonymousPossible?: number;
  hasLeichteSprache?: number;
};

export type SearchResult = {
  mode: "index" | "fallback";
  total: number;
  page: number;
  pages: number;
  hits: OfferHit[];
  facets: FacetCounts;
  origin: Place | null;
  /** The resident typed a place we do not know. */
  originUnknown: boolean;
  /** With no hits: the same search without the filter that removes most hits, and its count. */
  relaxed: Relaxation | null;
  /** Some hit of the whole result (not only this page) is a protection offer: the page shows Quick-Exit. */
  holdsProtectionOffer: boolean;
};

// _geo: the distance on each card is measured from it (Meilisearch gives _geoDistance only in a
// distance sort, and only when _geo is retrieved). Only public places have one (search/document.ts).
const RETRIEVE = ["id", "name", "organizationName", "street", "postalCode", "city", "phone", "hasPublicAddress", "description", "hours", "protection", "_geo"];
/** What a card reads: a page in another language also its own translation, not every language's. */
const retrieveFor = (locale: string) => (locale === DEFAULT_LOCALE ? RETRIEVE : [...RETRIEVE, `translations.${locale}`]);
const BOOLEAN_FACETS = ["free", "stepFree", "anonymousPossible", "hasLeichteSprache"] as const;

async function resolveOrigin(params: SearchParams): Promise<{ origin: Place | null; unknown: boolean }> {
  // A typed place wins over an earlier browser position (which the form keeps in hidden fields).
  if (params.ort) {
    const place = await geocode(params.ort);
    return { origin: place, unknown: !place };
  }
  if (params.lat !== undefined && params.lon !== undefined) {
    return { origin: { lat: params.lat, lon: params.lon, label: "" }, unknown: false };
  }
  return { origin: null, unknown: false };
}

function sortFor(params: SearchParams, origin: Origin | null) {
  if (params.sort === "entfernung" && origin) return [`_geoPoint(${origin.lat}, ${origin.lon}):asc`];
  // Without a text there is no relevance to rank by: an explainable order (the page says so).
  if (params.sort === "name" || !params.q) return ["name:asc"];
  return undefined;
}

type Card = { q: string; origin: Origin | null; now: Date; locale: string };

/** A card's description: the start of the text, as the fallback search shows it. */
const shortText = (text: string) => [{ text: text.length > 220 ? `${text.slice(0, 220)}…` : text, mark: false }];

function toHit(h: OfferDocument & { _formatted?: Partial<Record<string, string>> }, { q, origin, now, locale }: Card): OfferHit {
  // The resident's language where the offer has it (German pages show German: Leichte Sprache is the offer page's switch).
  const translated = locale === DEFAULT_LOCALE ? undefined : h.translations?.[locale as TranslationLocale];
  return {
    id: h.id,
    name: translated ? markName(translated.name, q) : highlightName(h.name, q, h._formatted?.name),
    organizationName: h.organizationName,
    snippet: translated ? shortText(translated.description) : toSegments(h._formatted?.description ?? h.description),
    lang: translated ? locale : DEFAULT_LOCALE,
    address: h.hasPublicAddress ? (oneLineAddress(h) ?? "") : null, // "" = public place, street unknown
    phone: h.phone,
    // Only documents with a public place carry _geo; the check on hasPublicAddress keeps it so.
    distanceMeters: origin && h._geo && h.hasPublicAddress ? distance([origin.lon, origin.lat], [h._geo.lng, h._geo.lat], { units: "meters" }) : null,
    opening: openingStatus(h.hours ?? [], now), // an index of an older shape has no hours
    protection: h.protection === true,
  };
}

/** The multi-search request for a resident search (exported for the benchmark's direct comparison). */
export function buildSearchRequest(params: SearchParams, origin: Origin | null, locale: string = DEFAULT_LOCALE): MultiSearchQuery[] {
  const index = offersIndexName();
  const selected = selectedFacets(params);
  const main: MultiSearchQuery = {
    indexUid: index,
    q: params.q,
    ...residentSearchOptions,
    filter: buildFilters(params, origin),
    sort: sortFor(params, origin),
    page: params.page,
    hitsPerPage: HITS_PER_PAGE,
    attributesToRetrieve: retrieveFor(locale),
    attributesToHighlight: ["name", "description"],
    attributesToCrop: ["description"],
    cropLength: 30,
    ...highlightTags,
    facets: [FACET_VALUES],
  };
  const counts: MultiSearchQuery[] = selected.map((f) => ({
    indexUid: index,
    q: params.q,
    ...residentSearchOptions,
    filter: buildFilters(params, origin, { except: f }),
    facets: [FACETS[f]], // one attribute: counting it costs no more than counting facetValues
    hitsPerPage: 0,
  }));
  return [main, ...counts];
}

export async function searchOffers(params: SearchParams, locale: string): Promise<SearchResult> {
  const { origin, unknown } = await resolveOrigin(params);
  const selected = selectedFacets(params);
  let results;
  try {
    const queries = buildSearchRequest(params, origin, locale);
    ({ results } = await searchWithFailover((client) => client.multiSearch({ queries })));
  } catch (err) {
    logMessage("warn", "search", `no Meilisearch replica answers, using the database: ${messageOf(err)}`);
    return searchInDatabase(params, origin, unknown);
  }

  const [first, ...facetResults] = results;
  const facets: FacetCounts = {};
  // A selected facet's counts come from its own query, which leaves that facet's filter out.
  const distribution = splitFacetCounts(first.facetDistribution?.[FACET_VALUES]);
  selected.forEach((f, i) => (distribution[FACETS[f]] = facetResults[i].facetDistribution?.[FACETS[f]]));
  for (const f of Object.keys(FACETS) as FacetParam[]) facets[f] = distribution[FACETS[f]] ?? {};
  for (const b of BOOLEAN_FACETS) facets[b] = distribution[b]?.true ?? 0;

  const total = first.totalHits ?? 0;
  // Best effort: a failing count must not turn an answered search into an error.
  const relaxed = total === 0 && hasFilters(params) ? await relaxSearch(params, origin).catch(() => null) : null;
  const now = new Date(); // "open now" is the request's time: the page is rendered per request
  // Only a first page is logged, so paging through a thin result does not count it twice.
  if (isThinSearch(total) && params.page === 1 && (params.q || hasFilters(params))) {
    await logThinSearch({ query: params.q, filters: loggedFilters(params), locale, resultCount: total }).catch(() => {});
  }
  return {
    mode: "index",
    total,
    page: params.page,
    pages: first.totalPages ?? 0,
    hits: (first.hits as OfferDocument[]).map((h) => toHit(h, { q: params.q, origin, now, locale })),
    facets,
    origin,
    originUnknown: unknown,
    relaxed,
    holdsProtectionOffer: (distribution.protection?.true ?? 0) > 0,
  };
}

function loggedFilters(params: SearchParams) {
  const { q: _q, page: _page, lat: _lat, lon: _lon, ort: _ort, ...filters } = params;
  return filters; // no location of the resident is kept
}

async function searchInDatabase(params: SearchParams, origin: Place | null, unknown: boolean): Promise<SearchResult> {
  const { total, pageSize, services } = await fallbackSearch(params);
  return {
    mode: "fallback",
    total,
    page: params.page,
    pages: Math.ceil(total / pageSize),
    hits: services.map((s) => {
      const location = s.locations[0]?.location;
      return {
        id: s.id,
        name: markName(s.name, params.q),
        organizationName: s.organization.name,
        snippet: shortText(s.description),
        lang: DEFAULT_LOCALE,
        address: location ? (oneLineAddress(location) ?? "") : null,
        phone: s.phones[0]?.number ?? null,
        distanceMeters: null,
        opening: null,
        protection: s.protectionOffer,
      };
    }),
    facets: {},
    origin,
    originUnknown: unknown,
    relaxed: null,
    // The fallback knows only this page: enough to protect the page that shows the offer.
    holdsProtectionOffer: services.some((s) => s.protectionOffer),
  };
}
