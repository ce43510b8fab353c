import { z } from "zod";
import { parseSearchParams, toQuery, type SearchParams } from "./params";

// "Zurück zur Suche" keeps the search: a result link carries the search's query string as
// `?suche=…`, and the offer page links back to the search page with it. The value comes from the
// URL, so anyone can craft it: it is only ever read as a query string of known search parameters
// (re-parsed by the search's own schema), and the path is always the search page of the current
// locale. An absolute or protocol-relative URL, `javascript:` or anything else unknown simply
// yields the plain search page: no open redirect is possible.

/** The parameter of an offer link that carries the search the resident came from. */
export const RETURN_PARAM = "suche";

/** Longer than any search the page builds (200 characters of text plus the filters). */
const MAX_RETURN_LENGTH = 4000;

const returnSearchSchema = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.string().max(MAX_RETURN_LENGTH).optional().catch(undefined),
);

/** The query string to put into an offer link's `suche` parameter ("" for the plain search page). */
export function returnSearchValue(params: SearchParams): string {
  return queryString(toQuery(params));
}

/** A search page query (as returnSearchQuery gives it) as the `suche` value to pass on, e.g. by the offer page's own links. */
export function queryString(query: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) search.append(key, v);
  return search.toString();
}

/** The search page's query to link back to, from an offer page's raw `suche` value ({} = start page). */
export function returnSearchQuery(raw: unknown): Record<string, string | string[]> {
  const value = returnSearchSchema.parse(raw);
  if (!value) return {};
  const parsed: Record<string, string[]> = {};
  for (const [key, v] of new URLSearchParams(value.replace(/^\?/, ""))) (parsed[key] ??= []).push(v);
  // Re-parsed as a search: unknown keys and malformed values are dropped, as on the search page.
  return toQuery(parseSearchParams(parsed));
}
