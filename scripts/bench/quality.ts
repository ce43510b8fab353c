// Search quality of both engines on the bench's query mix (issue 14): how many of the offers a
// query should find each engine finds (recall), for correctly spelt, misspelt and compound-part
// queries, and how often a correctly spelt query finds nothing at all. Meilisearch is asked with
// the site's own request (search/query.ts buildSearchRequest: same index settings, typo and
// matching rules), only widened to every hit and trimmed to ids.
import { meili } from "../../search/client";
import { parseSearchParams, type SearchParams } from "../../search/params";
import { buildSearchRequest } from "../../search/query";
import { geocode } from "../../server/geo/geocode";
import { ftsMatchingIds } from "./postgres-fts";
import type { BenchQuery } from "./types";

export type Quality = {
  /** Mean recall over `typo` queries (null: the mix has none with relevant offers). */
  misspelt_recall: number | null;
  /** Mean recall over `compound` queries. */
  compound_recall: number | null;
  /** Mean recall over `text` queries. */
  text_recall: number | null;
  /** Share of `text` queries (correctly spelt words of the catalogue) that find nothing. */
  zero_result_share: number | null;
};

export const ENGINES = ["meilisearch", "postgres_fts"] as const;
export type Engine = (typeof ENGINES)[number];

/** The site's parameters for a query string as the browser sends it (repeated keys kept). */
export function paramsOf(query: string): SearchParams {
  const search = new URLSearchParams(query);
  return parseSearchParams(Object.fromEntries([...search.keys()].map((k) => [k, search.getAll(k)])));
}

/** Largest page Meilisearch serves; the index allows paging to 100,000 hits (search/settings.ts). */
const PAGE = 1000;

/** Every offer Meilisearch finds for a search, through the site's request. */
export async function meiliMatchingIds(params: SearchParams): Promise<string[]> {
  const origin = params.ort ? await geocode(params.ort) : null;
  const [main] = buildSearchRequest(params, origin);
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const query = { ...main, page, hitsPerPage: PAGE, attributesToRetrieve: ["id"], attributesToHighlight: [], attributesToCrop: [], facets: [] };
    const [result] = (await meili().multiSearch({ queries: [query] })).results;
    ids.push(...result.hits.map((h) => String(h.id)));
    if (page >= (result.totalPages ?? 0)) return ids;
  }
}

const MATCHERS: Record<Engine, (params: SearchParams) => Promise<string[]>> = {
  meilisearch: meiliMatchingIds,
  postgres_fts: ftsMatchingIds,
};

/** |found ∩ relevant| / |relevant|. */
export function recall(found: readonly string[], relevant: readonly string[]): number {
  const hits = new Set(found);
  return relevant.filter((id) => hits.has(id)).length / relevant.length;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** One engine's quality on the mix (queries of other kinds are not asked). */
export async function qualityOf(engine: Engine, queries: readonly BenchQuery[]): Promise<Quality> {
  const recalls = { text: [] as number[], typo: [] as number[], compound: [] as number[] };
  const empty: boolean[] = [];
  for (const q of queries) {
    if (q.kind !== "text" && q.kind !== "typo" && q.kind !== "compound") continue;
    const found = await MATCHERS[engine](paramsOf(q.query));
    if (q.kind === "text") empty.push(found.length === 0);
    if (q.relevant?.length) recalls[q.kind].push(recall(found, q.relevant));
  }
  return {
    misspelt_recall: mean(recalls.typo),
    compound_recall: mean(recalls.compound),
    text_recall: mean(recalls.text),
    zero_result_share: mean(empty.map(Number)),
  };
}

/** Both engines' quality on the mix, e.g. `{ meilisearch: {...}, postgres_fts: {...} }`. */
export async function measureQuality(queries: readonly BenchQuery[]): Promise<Record<Engine, Quality>> {
  return { meilisearch: await qualityOf("meilisearch", queries), postgres_fts: await qualityOf("postgres_fts", queries) };
}
