// The bench's output: one table with a column per size, the targets of issue 14 checked against
// the largest size, and the JSON document (`--json FILE`) whose top level is the largest size.
import os from "node:os";
import { HSDS_PAGE_KINDS, type HsdsPageTimings } from "./hsds-timing";
import type { Summary } from "./measure";
import type { Quality } from "./quality";
import { QUERY_KINDS, SEARCH_PATHS, type PathTimings } from "./types";

export type SizeResult = {
  offers: number;
  queries: number;
  generate_s: number;
  write: { s: number; offers_per_s: number };
  reindex: { s: number; offers: number; offers_per_s: number; peak_memory: { meilisearch_mb: number | null; reindex_process_mb: number | null } };
  publication_to_searchable: Summary;
  search_page: PathTimings;
  direct: PathTimings;
  search_offers: PathTimings;
  postgres_fts: PathTimings & Quality;
  fallback: PathTimings;
  meilisearch: Quality;
  floor: Summary;
  hsds_services_page: HsdsPageTimings;
  facet_cap: Record<"capped" | "every_planungsraum", Summary & { html_kb: number; rsc_kb: number }>;
  coverage_matrix: Summary;
  gap_ranking: Summary;
  peak_memory: { site_mb: number | null; meilisearch_mb: number | null };
};

const PAGE_P95_LIMIT_MS = 50;
const REINDEX_100K_LIMIT_S = 40;
const HSDS_PAGE_P95_LIMIT_MS = 100;

export function targets(r: SizeResult) {
  const list = QUERY_KINDS.filter((g) => r.search_page.by_kind[g]).map((g) => ({
    target: `search page p95 (${g}) < ${PAGE_P95_LIMIT_MS} ms`,
    value: r.search_page.by_kind[g]!.p95_ms,
    ok: r.search_page.by_kind[g]!.p95_ms < PAGE_P95_LIMIT_MS,
  }));
  const bare = r.search_page.by_kind.bare?.p95_ms ?? Number.NaN;
  const ftsBare = r.postgres_fts.by_kind.bare?.p95_ms ?? Number.NaN;
  list.push({ target: `search page p95 (bare query) below the PostgreSQL baseline's (${ftsBare} ms)`, value: bare, ok: bare < ftsBare });
  const meiliMisspelt = r.meilisearch.misspelt_recall ?? Number.NaN;
  const ftsMisspelt = r.postgres_fts.misspelt_recall ?? Number.NaN;
  list.push({ target: "Meilisearch misspelt recall >= 95 %", value: meiliMisspelt, ok: meiliMisspelt >= 0.95 });
  list.push({ target: "(context) PostgreSQL misspelt recall in single digits (< 10 %)", value: ftsMisspelt, ok: ftsMisspelt < 0.1 });
  const reindexLimit = (REINDEX_100K_LIMIT_S * r.offers) / 100_000;
  list.push({ target: `reindex of ${r.offers} offers < ${reindexLimit} s (100,000 in 40 s)`, value: r.reindex.s, ok: r.reindex.s < reindexLimit });
  const hsds = r.hsds_services_page.p95_ms;
  list.push({ target: `HSDS API page of 50 services p95 < ${HSDS_PAGE_P95_LIMIT_MS} ms`, value: hsds, ok: hsds < HSDS_PAGE_P95_LIMIT_MS });
  return list;
}

export function benchJson(results: SizeResult[]) {
  const largest = results[results.length - 1];
  return {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    ...largest,
    targets: targets(largest),
    scaling: results,
  };
}

const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toLocaleString("en", { maximumFractionDigits: digits }));
const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);
const p = (s: Summary | undefined) => (s ? `${fmt(s.p50_ms)} / ${fmt(s.p95_ms)}` : "–");

export function printTable(results: SizeResult[]) {
  const rows: [string, (r: SizeResult) => string][] = [
    ["generate (s)", (r) => fmt(r.generate_s)],
    ["write to PostgreSQL (offers/s)", (r) => fmt(r.write.offers_per_s, 0)],
    ["reindex (s)", (r) => fmt(r.reindex.s)],
    ["reindex (offers/s)", (r) => fmt(r.reindex.offers_per_s, 0)],
    ["peak MB: Meilisearch / npm run reindex", (r) => `${fmt(r.reindex.peak_memory.meilisearch_mb, 0)} / ${fmt(r.reindex.peak_memory.reindex_process_mb, 0)}`],
    ["peak MB: site (after the queries)", (r) => fmt(r.peak_memory.site_mb, 0)],
    ["publication -> searchable p50 / p95 (ms)", (r) => p(r.publication_to_searchable)],
  ];
  for (const path of SEARCH_PATHS) {
    rows.push([`${path} p50 / p95 (ms), all`, (r) => p(r[path])]);
    for (const g of QUERY_KINDS) rows.push([`  ${g}`, (r) => p(r[path].by_kind[g])]);
  }
  rows.push(["page/direct p95 ratio, all", (r) => `${fmt(r.search_page.p95_ms / r.direct.p95_ms, 2)}x`]);
  for (const g of QUERY_KINDS) rows.push([`  ${g}`, (r) => (r.search_page.by_kind[g] && r.direct.by_kind[g] ? `${fmt(r.search_page.by_kind[g]!.p95_ms / r.direct.by_kind[g]!.p95_ms, 2)}x` : "–")]);
  rows.push(["floor: dynamic 404, layout only (ms)", (r) => p(r.floor)]);
  rows.push(["bare page, 12 Planungsräume shown (ms)", (r) => p(r.facet_cap.capped)]);
  rows.push(["  same, every Planungsraum shown (ms)", (r) => p(r.facet_cap.every_planungsraum)]);
  rows.push(["  HTML KB: 12 shown / every one shown", (r) => `${r.facet_cap.capped.html_kb} / ${r.facet_cap.every_planungsraum.html_kb}`]);
  for (const [label, key] of [["misspelt recall", "misspelt_recall"], ["compound-part recall", "compound_recall"], ["correct-spelling recall", "text_recall"], ["correct spelling, no result", "zero_result_share"]] as const) {
    rows.push([`${label}: Meilisearch / PostgreSQL`, (r) => `${pct(r.meilisearch[key])} / ${pct(r.postgres_fts[key])}`]);
  }
  rows.push(["HSDS API, page of 50 services p50 / p95 (ms)", (r) => p(r.hsds_services_page)]);
  for (const kind of HSDS_PAGE_KINDS) rows.push([`  ${kind}`, (r) => p(r.hsds_services_page.by_kind[kind])]);
  rows.push(["coverage matrix p50 / p95 (ms)", (r) => p(r.coverage_matrix)]);
  rows.push(["gap ranking p50 / p95 (ms)", (r) => p(r.gap_ranking)]);

  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  const col = 20;
  console.log(`\n${"offers".padEnd(width)}${results.map((r) => r.offers.toLocaleString("en").padStart(col)).join("")}`);
  for (const [label, cell] of rows) console.log(`${label.padEnd(width)}${results.map((r) => cell(r).padStart(col)).join("")}`);
  const largest = results[results.length - 1];
  console.log(`\nTargets at ${largest.offers.toLocaleString("en")} offers (${largest.queries} queries):`);
  for (const t of targets(largest)) console.log(`  ${t.ok ? "ok  " : "MISS"} ${t.target}: ${t.value < 1 && t.value > 0 ? pct(t.value) : fmt(t.value)}`);
}
