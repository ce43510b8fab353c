// `npm run bench:load`: a bounded load test on loopback. Throwaway embedded servers with the demo
// data (a temporary folder, never .data/ or DATABASE_URL), the built site on a free port, then the
// search page and an offer page at 1, 4, 16 and 64 concurrent clients, BENCH_LOAD_SECONDS (10)
// each. Prints req/s, latency percentiles and errors per level; exits 1 if any level had an error.
// `--no-build` serves the existing build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LEVELS = [1, 4, 16, 64];
const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-load-"));
Object.assign(process.env, { ANGEBOTSKATALOG_DATA_DIR: dir, DATABASE_URL: "", MEILI_HOST: "", NEXTAUTH_URL: "" });
// Loaded after the variables above: services.ts reads the data folder at import.
const { freePort, withServices } = await import("./lib/services");
const { buildSite, startSite } = await import("./lib/site");
const { migrateDeploy } = await import("./lib/prisma-cli");
const { onShutdown } = await import("./lib/shutdown");
const { runLevel } = await import("./lib/load-level");

let failed = false;
try {
  await withServices(async (env) => {
    migrateDeploy(env.DATABASE_URL);
    const { db } = await import("../server/db");
    const { seedDatabase } = await import("../prisma/seed/index");
    const { reindex } = await import("../search/reindex");
    await seedDatabase(db);
    const { indexed } = await reindex();
    const offer = await db.service.findFirstOrThrow({ where: { version: { gt: 0 }, status: "active" }, orderBy: { name: "asc" } });
    await db.$disconnect();
    if (!process.argv.includes("--no-build")) buildSite();
    const site = await startSite({ port: await freePort(), env: { ...env }, hideRequestLog: true });
    onShutdown(site.stop);

    const pages = [
      { label: "search /?q=Beratung", url: `${site.url}/?q=Beratung` },
      { label: "offer /angebote/<id>", url: `${site.url}/angebote/${offer.id}` },
    ];
    for (const { url } of pages) await runLevel(url, 1, 1); // warm-up: first renders compile and cache
    console.log(`\nload on loopback, ${indexed} offers, ${SECONDS} s per level, ${new Date().toISOString().slice(0, 16)} UTC`);
    console.log("| page | clients | req/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const { label, url } of pages) {
      for (const connections of LEVELS) {
        const r = await runLevel(url, connections, SECONDS);
        failed ||= r.errors > 0;
        console.log(`| ${label} | ${connections} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.errors} |`);
      }
    }
    console.log(failed ? "\nERRORS under load (see the table)" : "\nzero errors at every level, the highest included");
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
