// `npm run bench:profile`: where the search page's server time goes, at BENCH_PROFILE_OFFERS (100,000)
// offers. Throwaway PostgreSQL and Meilisearch (a temporary folder) holding the generated catalogue
// `npm run bench` uses (scripts/bench/generate.ts), indexed by the product's reindex; the
// built site (NEXT_DIST_DIR, default .next-bench; `-- --no-build` serves the existing build)
// started under `node --cpu-prof`, then BENCH_PROFILE_ROUNDS (300) sequential requests of each page
// after a warm-up. Prints per page the median latency, the CPU time per request by category
// (scripts/bench/cpu-profile.ts) and the top sources, and the HTML and RSC payload sizes.
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CATEGORIES, CATEGORY_LABELS, summariseProfiles, type CpuProfile, type Window } from "./bench/cpu-profile";
import { measurePayload, type PagePayload } from "./bench/page-payload";
import { sourceResolver } from "./bench/source-resolver";
import { percentile } from "./bench/measure";
import { migrateDeploy } from "./lib/prisma-cli";
import { freePort, ROOT, siteKeysFor, startMeilisearch, startPostgres } from "./lib/services";
import { buildSite, startSite } from "./lib/site";

const ROUNDS = Number(process.env.BENCH_PROFILE_ROUNDS ?? 300);
const WARM_UP = 30;
const PAGES = [
  { label: "floor: dynamic 404, layout only", path: (i: number) => `/gibt-es-nicht-${i}` },
  { label: "search /?q=Beratung", path: () => "/?q=Beratung", query: "q=Beratung" },
  { label: "facets /?handlungsfeld=4&lebensphase=senioren&kostenlos=1", path: () => "/?handlungsfeld=4&lebensphase=senioren&kostenlos=1", query: "handlungsfeld=4&lebensphase=senioren&kostenlos=1" },
];
process.env.NEXT_DIST_DIR ||= ".next-bench";
const OFFERS = Number(process.env.BENCH_PROFILE_OFFERS ?? 100_000);

/** The page's multi-search sent to Meilisearch from here: what the page waits for at least. */
async function timeDirectSearch(query: string) {
  const { meili } = await import("../search/client");
  const { buildSearchRequest } = await import("../search/query");
  const { paramsOf } = await import("./bench/quality");
  const request = buildSearchRequest(paramsOf(query), null);
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    const t0 = performance.now();
    await meili().multiSearch({ queries: request });
    if (i >= WARM_UP) times.push(performance.now() - t0);
  }
  return times;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n); // CLOCK_MONOTONIC, the profile's timebase on Linux
const fmt = (ms: number) => ms.toFixed(1).padStart(6);

const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-profile-"));
const profileDir = path.join(dir, "cpu");
mkdirSync(profileDir);
const postgres = await startPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, quiet: true });
const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
try {
  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    MEILI_HOST: meili.host,
    ...(await siteKeysFor(meili, "bench")),
    MEILI_INDEX: "bench",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("hex"),
  });
  migrateDeploy(postgres.url);
  const { db } = await import("../server/db");
  const { generateCatalogue } = await import("./bench/generate");
  const { writeCatalogue } = await import("./bench/write");
  const { reindex } = await import("../search/reindex");
  await writeCatalogue(db, generateCatalogue(OFFERS));
  await reindex();
  await db.$disconnect();
  if (!process.argv.includes("--no-build")) buildSite();

  const site = await startSite({
    port: await freePort(),
    env: {
      DATABASE_URL: postgres.url, MEILI_HOST: meili.host, MEILI_SEARCH_KEY: process.env.MEILI_SEARCH_KEY!, MEILI_ADMIN_KEY: process.env.MEILI_ADMIN_KEY!, MEILI_INDEX: "bench", OUTBOX_WORKER: "off",
    },
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=250"],
    hideRequestLog: true,
  });
  const windows: Window[] = [];
  const latencies: number[][] = [];
  const payloads: PagePayload[] = [];
  const direct: (number[] | null)[] = [];
  try {
    for (const page of PAGES) {
      for (let i = 0; i < WARM_UP; i++) await fetch(site.url + page.path(i)).then((r) => r.text());
      const times: number[] = [];
      const startUs = nowUs();
      for (let i = 0; i < ROUNDS; i++) {
        const t0 = performance.now();
        await fetch(site.url + page.path(WARM_UP + i)).then((r) => r.text());
        times.push(performance.now() - t0);
      }
      windows.push({ label: page.label, startUs, endUs: nowUs(), requests: ROUNDS });
      latencies.push(times);
      payloads.push(await measurePayload(site.url + page.path(0)));
      direct.push(page.query ? await timeDirectSearch(page.query) : null);
    }
  } finally {
    await site.stop(); // next start exits on SIGTERM, which writes the profile
  }

  // BENCH_PROFILE_OUT=folder keeps the raw .cpuprofile files (Chrome DevTools > Performance opens
  // them) and windows.json, each page's span on the profile's clock (µs), for analyses of your own.
  if (process.env.BENCH_PROFILE_OUT) {
    cpSync(profileDir, process.env.BENCH_PROFILE_OUT, { recursive: true });
    writeFileSync(path.join(process.env.BENCH_PROFILE_OUT, "windows.json"), JSON.stringify(windows, null, 2));
  }
  const profiles = readdirSync(profileDir).map((f) => JSON.parse(readFileSync(path.join(profileDir, f), "utf8")) as CpuProfile);
  const summaries = summariseProfiles(profiles, windows, sourceResolver(ROOT));
  // Busy plus idle samples cover each window unless the profile's clock is not the monotonic one.
  summaries.forEach((s, i) => {
    const windowMs = (windows[i].endUs - windows[i].startUs) / 1000;
    if (s.busyMs + s.idleMs < 0.5 * windowMs) throw new Error(`the profile covers ${(s.busyMs + s.idleMs).toFixed(0)} of ${windowMs.toFixed(0)} ms of "${s.label}": its clock is not this one`);
  });
  console.log(`\nsearch page profile at ${OFFERS} offers, ${ROUNDS} sequential requests per page after ${WARM_UP} warm-up, ${new Date().toISOString().slice(0, 16)} UTC`);
  console.log(`CPU ms per request of the site process (sampled every 250 µs; ${profiles.length} profile file(s))\n`);
  console.log(`| ${"".padEnd(58)} | ${summaries.map((s) => s.label.split(" ")[0].padStart(8)).join(" | ")} |`);
  const row = (label: string, values: number[]) => console.log(`| ${label.padEnd(58)} | ${values.map((v) => fmt(v).padStart(8)).join(" | ")} |`);
  row("latency median (ms, client side)", latencies.map((t) => percentile(t, 0.5)));
  row("latency p95 (ms)", latencies.map((t) => percentile(t, 0.95)));
  row("the page's Meilisearch request sent directly, median (ms)", direct.map((t) => (t ? percentile(t, 0.5) : 0)));
  row("CPU busy per request", summaries.map((s) => s.busyMs / s.requests));
  for (const c of CATEGORIES) row(`  ${CATEGORY_LABELS[c]}`, summaries.map((s) => s.byCategory[c] / s.requests));
  row("idle in the window per request (waiting: Meilisearch, DB)", summaries.map((s) => s.idleMs / s.requests));
  console.log("\npayload per page view (bytes / gzip):");
  PAGES.forEach((page, i) => {
    const p = payloads[i];
    console.log(`  ${page.label.padEnd(58)} HTML ${p.html.bytes} / ${p.html.gzip}, of it inline RSC ${p.inlineRsc.bytes} / ${p.inlineRsc.gzip}; RSC navigation ${p.rsc.bytes} / ${p.rsc.gzip}`);
  });
  for (const s of summaries) {
    console.log(`\ntop sources, ${s.label} (CPU ms per request):`);
    for (const { source, category, ms } of s.topSources.slice(0, 12)) console.log(`  ${fmt(ms / s.requests)}  ${category.padEnd(9)} ${source}`);
    console.log(`  of it data, page code and proxy (our code and the libraries it calls):`);
    const own = s.topSources.filter((x) => x.category === "data" || x.category === "page" || x.category === "proxy");
    for (const { source, category, ms } of own.slice(0, 15)) console.log(`  ${fmt(ms / s.requests)}  ${category.padEnd(9)} ${source}`);
  }
} finally {
  await meili.stop();
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
