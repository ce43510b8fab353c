// The search page benchmark: BENCH_SEARCH_DOCS documents (default 100,000, made from the seeded
// offers with new ids and spread positions) in the run's index, rebuilt for this part; the built
// site on a free port, and for each query the page's latency next to the same multi-search sent
// to Meilisearch directly, in the same run. Page, direct request and searchOffers() all use the
// run's index (server/env.ts reads MEILI_INDEX once, at import), and each query checks that the
// page shows the direct request's total, so the two cannot measure different indexes.
import { randomUUID } from "node:crypto";
import { freePort } from "./services";
import { buildSite, startSite } from "./site";

const DOCS = Number(process.env.BENCH_SEARCH_DOCS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const QUERIES = [
  "q=Beratung",
  "q=schuldnerberatng&planungsraum=nord",
  "handlungsfeld=4&lebensphase=senioren&kostenlos=1",
  "q=Pflege&handlungsfeld=4&handlungsfeld=6&sort=name",
  "q=Jugend&ort=Karlstra%C3%9Fe&sort=entfernung&umkreis=5",
];

type Servers = { postgres: { url: string }; meili: { host: string; key: string } };

export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

export async function time(fn: () => Promise<unknown>) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Replaces the run's database and index contents with the Eisenach seed and fills the index with
 * `docs` documents copied from the seeded offers (new ids, names numbered, positions spread), so the
 * page searches a large index while every filter value it knows still exists. Returns the index name.
 */
export async function fillBenchIndex(docs = DOCS) {
  const { db } = await import("../../server/db");
  const { seedDatabase } = await import("../../prisma/seed/index");
  const { ensureIndex, loadDocuments } = await import("../../search/sync");
  const { meili, offersIndexName } = await import("../../search/client");
  const index = offersIndexName();

  await db.$executeRawUnsafe(`truncate "Service", "Organization", "Taxonomy", "PlanningArea", "PlanningPeriod" cascade`);
  await seedDatabase(db);
  await meili().deleteIndex(index).waitTask({ timeout: 60_000 });
  await ensureIndex(index);
  const ids = (await db.service.findMany({ select: { id: true } })).map((s) => s.id);
  const { docs: seedDocs } = await db.$transaction((tx) => loadDocuments(tx, ids));
  const t0 = process.hrtime.bigint();
  for (let start = 0; start < docs; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, docs - start) }, (_, k) => {
      const i = start + k;
      const doc = seedDocs[i % seedDocs.length];
      return {
        ...doc,
        id: randomUUID(),
        name: i < seedDocs.length ? doc.name : `${doc.name} ${Math.floor(i / seedDocs.length)}`,
        ...(doc._geo ? { _geo: { lat: doc._geo.lat + ((i % 97) - 48) / 5000, lng: doc._geo.lng + ((i % 89) - 44) / 5000 } } : {}),
      };
    });
    await meili().index(index).addDocuments(batch).waitTask({ timeout: 600_000, interval: 200 });
  }
  console.log(`search page: indexed ${docs} documents in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  return index;
}

/** A page's query string as the page parses it, and the multi-search the page sends for it. */
export async function benchRequest(query: string) {
  const { parseSearchParams } = await import("../../search/params");
  const { buildSearchRequest } = await import("../../search/query");
  const { geocode } = await import("../../server/geo/geocode");
  const search = new URLSearchParams(query);
  const params = parseSearchParams(Object.fromEntries([...search.keys()].map((k) => [k, search.getAll(k)])));
  const origin = params.ort ? await geocode(params.ort) : null;
  return { params, request: buildSearchRequest(params, origin) };
}

export async function benchSearchPage(servers: Servers) {
  const { db } = await import("../../server/db");
  const { meili } = await import("../../search/client");
  const { searchOffers } = await import("../../search/query");
  const index = await fillBenchIndex();

  buildSite();
  const port = await freePort();
  const site = await startSite({
    port,
    env: { DATABASE_URL: servers.postgres.url, MEILI_HOST: servers.meili.host, MEILI_API_KEY: servers.meili.key, MEILI_INDEX: index, OUTBOX_WORKER: "off" },
  });
  try {
    console.log(`search page at ${DOCS} offers, ${ROUNDS} sequential requests per query (ms):`);
    for (const query of QUERIES) {
      const { params, request } = await benchRequest(query);
      const url = `${site.url}/?${query}`;
      const [{ totalHits }] = (await meili().multiSearch({ queries: request })).results;
      const html = await fetch(url).then((r) => r.text());
      if (!html.includes(`${new Intl.NumberFormat("de").format(totalHits ?? -1)} Angebot`)) throw new Error(`${url} does not show the direct request's ${totalHits} hits`);
      for (let i = 0; i < 20; i++) {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`${url} answered ${res.status}`);
        await res.text();
        await meili().multiSearch({ queries: request });
      }
      const page: number[] = [];
      const direct: number[] = [];
      const code: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        page.push(await time(() => fetch(url).then((r) => r.text())));
        direct.push(await time(() => meili().multiSearch({ queries: request })));
        // Our search code alone (parse, geocode, multi-search, mapping, no-result log), in this process.
        code.push(await time(() => searchOffers(params, "de")));
      }
      const p95 = percentile(page, 0.95);
      const d95 = percentile(direct, 0.95);
      console.log(
        `  ${query.padEnd(55)} page median ${percentile(page, 0.5).toFixed(1)} p95 ${p95.toFixed(1)} | direct median ${percentile(direct, 0.5).toFixed(1)} p95 ${d95.toFixed(1)} | searchOffers() median ${percentile(code, 0.5).toFixed(1)} p95 ${percentile(code, 0.95).toFixed(1)} | ratio p95 ${(p95 / d95).toFixed(2)}x`,
      );
    }
    // What any server-rendered page costs here: the layout alone (a dynamic 404).
    const floor: number[] = [];
    for (let i = 0; i < ROUNDS; i++) floor.push(await time(() => fetch(`${site.url}/gibt-es-nicht-${i}`).then((r) => r.text())));
    console.log(`  floor: a dynamic page with the layout only (404)                 median ${percentile(floor, 0.5).toFixed(1)} p95 ${percentile(floor, 0.95).toFixed(1)}`);
  } finally {
    await site.stop();
    await db.$disconnect();
  }
}
