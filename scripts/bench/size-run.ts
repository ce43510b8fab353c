// One size of `npm run bench`, run by scripts/bench.ts in its own process: server/env.ts reads the
// database and index at import, so each size gets a fresh process on a fresh database and index.
// argv: <offers> <result file> <rounds>; env: DATABASE_URL, MEILI_*, BENCH_MEILI_PID, BENCH_SITE_PORT.
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "../../server/db";
import { publishOffer } from "../../server/offers/publish";
import { getCoverageMatrix } from "../../server/coverage/matrix";
import { getGapRanking } from "../../server/gaps/ranking";
import { offersIndex } from "../../search/client";
import { startOutboxWorker } from "../../search/worker";
import { createUser } from "../../tests/setup/fixtures";
import { ROOT } from "../lib/services";
import { startSite } from "../lib/site";
import { timeHsdsPages } from "./hsds-timing";
import { generateCatalogue } from "./generate";
import { peakMemoryMb, peakTreeMemoryMb, runWatchingMemory, summarize, timed } from "./measure";
import { buildQueryMix } from "./queries";
import { measureQuality } from "./quality";
import { timeSearches } from "./search-timing";
import { measurePayload } from "./page-payload";
import type { BenchQuery, GeneratedCatalogue } from "./types";
import { writeCatalogue } from "./write";

const [offers, resultFile, roundsArg] = process.argv.slice(2);
const N = Number(offers);
const ROUNDS = Number(roundsArg);
const LATENCY_SAMPLES = 30;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Publication -> searchable through the outbox worker (LISTEN/NOTIFY), while the index holds N offers. */
async function publicationLatency(catalogue: GeneratedCatalogue) {
  const stop = startOutboxWorker({ log: () => {} });
  const samples: number[] = [];
  try {
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const base = catalogue.offers[(i * 7919) % catalogue.offers.length].data;
      const word = `Latenzprobe${String.fromCharCode(97 + (i % 26))}${i}`;
      const data = { ...base, id: randomUUID(), name: `${base.name} ${word}`, locations: base.locations?.map((l) => ({ ...l, id: randomUUID() })) };
      samples.push(
        await timed(async () => {
          await db.$transaction((tx) => publishOffer(tx, data, { source: "APPROVAL" }));
          for (;;) {
            const res = await offersIndex().search(word, { limit: 1, attributesToRetrieve: ["id"] });
            if (res.hits[0]?.id === data.id) return;
            await new Promise((r) => setTimeout(r, 5));
          }
        }),
      );
    }
  } finally {
    await stop();
  }
  return summarize(samples);
}

/**
 * What the filter list's cap on long facets saves (app/_components/search/facet-options.ts): the
 * bare queries' pages as served, and with every Planungsraum shown (`alle=planungsraum`), timed
 * interleaved, with the HTML size of the first.
 */
async function facetCap(siteUrl: string, queries: BenchQuery[]) {
  const bare = queries.filter((q) => q.kind === "bare").map((q) => `${siteUrl}/?${q.query}`);
  const shown: number[] = [];
  const all: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const url of bare) {
      shown.push(await timed(() => fetch(url).then((r) => r.text())));
      all.push(await timed(() => fetch(`${url}&alle=planungsraum`).then((r) => r.text())));
    }
  }
  const kb = (size: { bytes: number }) => Math.round(size.bytes / 1024);
  const [capped, uncapped] = [await measurePayload(bare[0]), await measurePayload(`${bare[0]}&alle=planungsraum`)];
  return {
    capped: { ...summarize(shown), html_kb: kb(capped.html), rsc_kb: kb(capped.rsc) },
    every_planungsraum: { ...summarize(all), html_kb: kb(uncapped.html), rsc_kb: kb(uncapped.rsc) },
  };
}

/** The planners' coverage matrix and gap ranking, computed in PostgreSQL over all N offers. */
async function planning() {
  const reviewer = await createUser(db, { role: "REVIEWER" });
  const time = async (run: () => Promise<unknown>) => {
    await run();
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) samples.push(await timed(run));
    return summarize(samples);
  };
  return {
    coverage_matrix: await time(() => getCoverageMatrix(reviewer, {})),
    gap_ranking: await time(() => getGapRanking(reviewer, {})),
  };
}

const meiliPid = Number(process.env.BENCH_MEILI_PID);
let t0 = performance.now();
const catalogue = generateCatalogue(N);
const generateMs = performance.now() - t0;
t0 = performance.now();
await writeCatalogue(db, catalogue);
const writeMs = performance.now() - t0;
// Steady state, as a running catalogue's database is: otherwise autovacuum works through the
// bulk-written tables while the queries are timed.
await db.$executeRawUnsafe("vacuum analyze");
// The operator's path: `npm run reindex` in its own process, with its peak memory sampled while
// it runs; the time is the one it prints (without its process start).
const reindexRun = await runWatchingMemory(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", path.join(ROOT, "scripts/reindex.ts")], process.env);
const reindexed = /reindexed (\d+) offers in ([\d.]+) s/.exec(reindexRun.stdout);
if (!reindexed) throw new Error(`npm run reindex said: ${reindexRun.stdout}`);
const indexed = Number(reindexed[1]);
const reindexMs = Number(reindexed[2]) * 1000;
const reindexPeaks = { meilisearch_mb: peakMemoryMb(meiliPid), reindex_process_mb: reindexRun.peakMb };
const latency = await publicationLatency(catalogue);

const site = await startSite({
  port: Number(process.env.BENCH_SITE_PORT),
  hideRequestLog: true,
  env: { DATABASE_URL: process.env.DATABASE_URL!, MEILI_HOST: process.env.MEILI_HOST!, MEILI_SEARCH_KEY: process.env.MEILI_SEARCH_KEY!, MEILI_ADMIN_KEY: process.env.MEILI_ADMIN_KEY!, MEILI_INDEX: process.env.MEILI_INDEX!, OUTBOX_WORKER: "off" },
});
try {
  const queries = buildQueryMix(catalogue);
  const searches = await timeSearches(queries, site.url, ROUNDS);
  const floor: number[] = [];
  for (let i = 0; i < 100; i++) floor.push(await timed(() => fetch(`${site.url}/gibt-es-nicht-${i}`).then((r) => r.text())));
  const quality = await measureQuality(queries);
  const hsdsPage = await timeHsdsPages(site.url, catalogue, ROUNDS);
  const facetCapResult = await facetCap(site.url, queries);
  const result = {
    offers: N,
    queries: queries.length,
    generate_s: seconds(generateMs),
    write: { s: seconds(writeMs), offers_per_s: Math.round(N / (writeMs / 1000)) },
    reindex: { s: seconds(reindexMs), offers: indexed, offers_per_s: Math.round(indexed / (reindexMs / 1000)), peak_memory: reindexPeaks },
    publication_to_searchable: latency,
    ...searches,
    floor: summarize(floor),
    facet_cap: facetCapResult,
    hsds_services_page: hsdsPage,
    postgres_fts: { ...searches.postgres_fts, ...quality.postgres_fts },
    meilisearch: quality.meilisearch,
    ...(await planning()),
    peak_memory: { site_mb: peakTreeMemoryMb(site.child.pid!), meilisearch_mb: peakMemoryMb(meiliPid) },
  };
  writeFileSync(resultFile, JSON.stringify(result, null, 2));
} finally {
  await site.stop();
  await db.$disconnect();
}
