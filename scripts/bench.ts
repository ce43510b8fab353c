// `npm run bench`: performance figures, measured in one run on throwaway servers (never the demo's
// data). Prints medians and p95; the machine is shared, so compare figures from the same run only.
//   - publication -> searchable latency through the outbox worker (LISTEN/NOTIFY)
//   - publish throughput, reindex of N offers, search round trip
//   - the server-rendered search page with facets at BENCH_SEARCH_DOCS (100,000) offers, against
//     the same Meilisearch multi-search request sent directly
//   - the planners' coverage matrix and area profiles at BENCH_COVERAGE_OFFERS (100,000) offers
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDeploy } from "./lib/prisma-cli";
import { startMeilisearch, startPostgres } from "./lib/services";
import { benchCoverage } from "./lib/bench-coverage";
import { benchSearchPage } from "./lib/bench-search-page";

const N = Number(process.env.BENCH_OFFERS ?? 2_000);
const SAMPLES = 30;

const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-bench-"));
const postgres = await startPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, quiet: true });
const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
try {
  // server/env.ts checks every variable at import, the auth secret too (unused here, so a random one).
  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    MEILI_HOST: meili.host,
    MEILI_API_KEY: meili.key,
    MEILI_INDEX: "bench",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("hex"),
  });
  migrateDeploy(postgres.url);
  const { db } = await import("../server/db");
  const { publishOffer } = await import("../server/offers/publish");
  const { offersIndex } = await import("../search/client");
  const { ensureIndex, drainOutbox } = await import("../search/sync");
  const { reindex } = await import("../search/reindex");
  const { startOutboxWorker } = await import("../search/worker");
  const { createReferenceData, offerData } = await import("../tests/setup/fixtures");

  const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (n=${s.length})`;
  };

  await createReferenceData(db);
  await ensureIndex();

  let t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i += 50) {
    await db.$transaction(async (tx) => {
      for (let j = i; j < Math.min(N, i + 50); j++) {
        await publishOffer(tx, offerData({ name: `Beratungsangebot ${j}`, description: `Testangebot Nummer ${j} für Familien.` }), { source: "SEED" });
      }
    }, { timeout: 120_000 });
  }
  const publishMs = ms(t0);
  t0 = process.hrtime.bigint();
  await drainOutbox();
  const drainMs = ms(t0);
  console.log(`publish ${N} offers: ${publishMs.toFixed(0)} ms (${((publishMs / N) * 1000).toFixed(0)} µs each); first drain into the index: ${drainMs.toFixed(0)} ms`);

  const stop = startOutboxWorker({ log: () => {} });
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const data = offerData({ name: `Latenzprobe${i}x` });
    const start = process.hrtime.bigint();
    await db.$transaction((tx) => publishOffer(tx, data, { source: "APPROVAL" }));
    for (;;) {
      const res = await offersIndex().search(`Latenzprobe${i}x`, { limit: 1 });
      if (res.hits[0]?.id === data.id) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    latencies.push(ms(start));
  }
  await stop();
  console.log(`publication -> searchable (worker): ${stats(latencies)}`);

  const searches: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = process.hrtime.bigint();
    await offersIndex().search(i % 2 ? "Beratung" : "Familien", { hitsPerPage: 20, page: 1 });
    searches.push(ms(start));
  }
  console.log(`search round trip (${N + SAMPLES} docs): ${stats(searches)}`);

  t0 = process.hrtime.bigint();
  const { indexed } = await reindex();
  console.log(`reindex ${indexed} offers (build + swap + replay): ${ms(t0).toFixed(0)} ms`);
  await db.$disconnect();
  await benchSearchPage({ postgres, meili });
  // Last: its 100,000 offers go into the same database, which no other figure reads afterwards.
  await benchCoverage(db, stats);
  await db.$disconnect();
} finally {
  await meili.stop();
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
