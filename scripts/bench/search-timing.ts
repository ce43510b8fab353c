// Times every query of the mix on five paths. The three Meilisearch paths run interleaved, so a
// noisy moment hits all of them; the two database paths run in passes of their own afterwards:
// interleaved, their multi-second queries at 100,000 offers doubled the page's p95 (a bare page
// 110 ms beside them, 36 ms on its own, in the same run).
//   search_page    the server-rendered page over HTTP (what a resident waits for)
//   direct         the same Meilisearch multi-search the page sends, sent straight from here
//   search_offers  searchOffers() in this process (our search code without Next.js)
//   postgres_fts   the baseline a team would otherwise build (scripts/bench/postgres-fts.ts)
//   fallback       the product's database fallback used while Meilisearch is down
import { meili } from "../../search/client";
import { fallbackSearch } from "../../search/fallback";
import { buildSearchRequest, searchOffers } from "../../search/query";
import { geocode } from "../../server/geo/geocode";
import { summarize, timed } from "./measure";
import { ftsSearchPage } from "./postgres-fts";
import { paramsOf } from "./quality";
import { QUERY_KINDS, SEARCH_PATHS, type BenchQuery, type PathTimings, type QueryKind, type SearchPath } from "./types";


async function prepare(query: BenchQuery, siteUrl: string) {
  const params = paramsOf(query.query);
  const origin = params.ort ? await geocode(params.ort) : null;
  if (params.ort && !origin) throw new Error(`the bench's place "${params.ort}" is unknown to the geocoder`);
  const request = buildSearchRequest(params, origin);
  const url = `${siteUrl}/?${query.query}`;
  // The page and the direct request must search the same index: the page shows the direct total.
  const [{ totalHits }] = (await meili().multiSearch({ queries: request })).results;
  const html = await (await fetch(url)).text();
  if (totalHits && !html.includes(`${new Intl.NumberFormat("de").format(totalHits)} Angebot`)) {
    throw new Error(`${url} does not show the direct request's ${totalHits} hits`);
  }
  const run: Record<SearchPath, () => Promise<unknown>> = {
    search_page: async () => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      await res.text();
    },
    direct: () => meili().multiSearch({ queries: request }),
    search_offers: () => searchOffers(params, "de"),
    postgres_fts: () => ftsSearchPage(params),
    fallback: () => fallbackSearch(params),
  };
  return { kind: query.kind, run };
}

/**
 * A warm-up (the first query of each kind on every path), then `rounds` timed passes over the
 * whole mix. A full warm-up pass would add minutes: the database paths take seconds per broad
 * query at 100,000 offers.
 */
const MEILISEARCH_PATHS = ["search_page", "direct", "search_offers"] as const satisfies SearchPath[];
const DATABASE_PATHS = ["postgres_fts", "fallback"] as const satisfies SearchPath[];

export async function timeSearches(queries: BenchQuery[], siteUrl: string, rounds: number): Promise<Record<SearchPath, PathTimings>> {
  const prepared: Awaited<ReturnType<typeof prepare>>[] = [];
  for (const q of queries) prepared.push(await prepare(q, siteUrl));
  const firstOfKind = prepared.filter((p, i) => prepared.findIndex((x) => x.kind === p.kind) === i);
  for (const p of firstOfKind) for (const path of SEARCH_PATHS) await p.run[path]();

  const samples = Object.fromEntries(SEARCH_PATHS.map((path) => [path, { all: [] as number[], kinds: new Map<QueryKind, number[]>() }]));
  for (const paths of [MEILISEARCH_PATHS, DATABASE_PATHS]) {
    for (let round = 0; round < rounds; round++) {
      for (const p of prepared) {
        for (const path of paths) {
          const ms = await timed(p.run[path]);
          const s = samples[path];
          s.all.push(ms);
          s.kinds.set(p.kind, [...(s.kinds.get(p.kind) ?? []), ms]);
        }
      }
    }
  }
  return Object.fromEntries(
    SEARCH_PATHS.map((path) => {
      const s = samples[path];
      const byKind = Object.fromEntries(QUERY_KINDS.filter((k) => s.kinds.has(k)).map((k) => [k, summarize(s.kinds.get(k)!)]));
      return [path, { ...summarize(s.all), by_kind: byKind }];
    }),
  ) as Record<SearchPath, PathTimings>;
}
