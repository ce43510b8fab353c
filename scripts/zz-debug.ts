import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDeploy } from "./lib/prisma-cli";
import { startMeilisearch, startPostgres } from "./lib/services";
const N = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(tmpdir(), "dbg-"));
const postgres = await startPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, quiet: true });
const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
Object.assign(process.env, { DATABASE_URL: postgres.url, MEILI_HOST: meili.host, MEILI_API_KEY: meili.key, MEILI_INDEX: "bench", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
migrateDeploy(postgres.url);
const { db } = await import("../server/db");
const { generateCatalogue } = await import("./bench/generate");
const { writeCatalogue } = await import("./bench/write");
const { reindex } = await import("../search/reindex");
const cat = generateCatalogue(N);
console.log(await writeCatalogue(db, cat));
let t = performance.now();
const r = await reindex({ onStart: () => console.log("start", performance.now() - t), onProgress: (d) => console.log("progress", d, Math.round(performance.now() - t)) });
console.log("reindex", r, Math.round(performance.now() - t));
if (process.argv[3] === "q") {
  const { buildQueryMix } = await import("./bench/queries");
  const { meiliMatchingIds, paramsOf } = await import("./bench/quality");
  const qs = buildQueryMix(cat).filter((q) => q.kind === "text");
  for (const q of qs) { const ids = await meiliMatchingIds(paramsOf(q.query)); if (ids.length === 0) console.log("ZERO", q.query, q.relevant?.length); }
}
await db.$disconnect(); await meili.stop(); await postgres.stop();
