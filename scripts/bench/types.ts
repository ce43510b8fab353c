// The contract between the bench's parts (issue 14): the generator makes a catalogue, the writer
// puts it into a fresh database through the product's publication rows, the query mix derives
// resident queries with their ground truth from it, and the harness times and scores them.
import type { OfferDataInput } from "../../server/offers/schema";

/** A Thuringian municipality from scripts/bench/data (source in its SOURCES.md). */
export type Municipality = {
  /** Slug, also the code of its Planungsraum in the bench catalogue (e.g. "jena"). */
  key: string;
  name: string;
  /** Landkreis or kreisfreie Stadt. */
  district: string;
  postalCode: string;
  lat: number;
  lon: number;
  population: number;
};

export type GeneratedOffer = {
  data: OfferDataInput & { id: string };
  /** Key of the municipality the offer is in (or serves, for an offer without a public address). */
  municipality: string;
  /** The distinct words of name and description, lower case: the ground truth for recall. */
  words: string[];
  /** The compound words among them with their parts, lower case ("schuldnerberatung" -> ["schuldner", "beratung"]). */
  compounds: { word: string; parts: string[] }[];
};

export type GeneratedCatalogue = {
  municipalities: Municipality[];
  organizations: { id: string; name: string }[];
  offers: GeneratedOffer[];
};

/** "bare": one correctly spelt word and nothing else, the query the PostgreSQL baseline is compared on. */
export const QUERY_KINDS = ["text", "typo", "compound", "facets", "place", "paging", "bare"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export type BenchQuery = {
  kind: QueryKind;
  /** The search page's query string as a resident's browser sends it ("q=Schuldnerberatung&planungsraum=jena"). */
  query: string;
  /**
   * Ids of the offers a correct engine returns for this query (text, typo and compound queries),
   * known by construction from the generated words. Recall = |found ∩ relevant| / |relevant|.
   */
  relevant?: string[];
};

/** The five ways the bench times a query (scripts/bench/search-timing.ts says what each is). */
export const SEARCH_PATHS = ["search_page", "direct", "search_offers", "postgres_fts", "fallback"] as const;
export type SearchPath = (typeof SEARCH_PATHS)[number];
export type TimingSummary = { p50_ms: number; p95_ms: number; n: number };
export type PathTimings = TimingSummary & { by_kind: Partial<Record<QueryKind, TimingSummary>> };
