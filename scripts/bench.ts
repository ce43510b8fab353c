// `npm run bench [-- --json FILE] [--sizes 1000,10000,100000] [--rounds 3]`: the resident search
// measured on a realistic generated catalogue (scripts/bench/generate.ts: offers spread over
// Thuringia's municipalities by population), at each size in one run on throwaway servers:
// write and reindex throughput and peak memory, publication -> searchable, a fixed mix of 200+
// resident queries on the search page, the same Meilisearch request sent directly, searchOffers()
// in process, the PostgreSQL full-text baseline and the database fallback; recall of both engines;
// the planners' matrix and ranking. Prints one table (a column per size); the machine is shared,
// so compare figures from the same run only.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrateDeploy } from "./lib/prisma-cli";
import { freePort, ROOT, siteKeysFor, startMeilisearch, startPostgres } from "./lib/services";
import { buildSite } from "./lib/site";
import { benchJson, printTable, type SizeResult } from "./bench/report";

const { values: flags } = parseArgs({
  options: {
    json: { type: "string" },
    sizes: { type: "string", default: process.env.BENCH_SIZES ?? "1000,10000,100000" },
    rounds: { type: "string", default: process.env.BENCH_ROUNDS ?? "2" },
    "no-build": { type: "boolean", default: false },
  },
});
process.env.NEXT_DIST_DIR ||= ".next-bench"; // apart from the demo's .next; bench:profile shares it
const sizes = flags.sizes.split(",").map((s) => Number(s.replace(/_/g, "")));
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--sizes: whole numbers of at least 100, comma-separated (got "${flags.sizes}")`);
sizes.sort((a, b) => a - b);

const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-bench-"));
const postgres = await startPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, quiet: true });
const results: SizeResult[] = [];
try {
  if (!flags["no-build"]) buildSite();
  for (const n of sizes) {
    const database = `bench_${n}`;
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`create database ${database}`); // a number we parsed, not input text
    await admin.end();
    const url = postgres.url.replace(/\/postgres$/, `/${database}`);
    migrateDeploy(url);
    // A fresh Meilisearch per size: its peak memory is then this size's.
    const meili = await startMeilisearch({ dataDir: path.join(dir, `meili-${n}`), quiet: true });
    const resultFile = path.join(dir, `result-${n}.json`);
    try {
      console.error(`[bench] ${n.toLocaleString("en")} offers ...`);
      await runChild([String(n), resultFile, flags.rounds], {
        DATABASE_URL: url,
        MEILI_HOST: meili.host,
        ...(await siteKeysFor(meili, "bench")),
        MEILI_INDEX: "bench",
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
        ANGEBOTSKATALOG_DATA_DIR: dir,
        BENCH_MEILI_PID: String(meili.pid),
        BENCH_SITE_PORT: String(await freePort()),
      });
      results.push(JSON.parse(readFileSync(resultFile, "utf8")));
    } finally {
      await meili.stop();
    }
  }
  printTable(results);
  if (flags.json) {
    writeFileSync(flags.json, `${JSON.stringify(benchJson(results), null, 2)}\n`);
    console.log(`\nwrote ${flags.json}`);
  }
} finally {
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

function runChild(args: string[], env: Record<string, string>) {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", path.join(ROOT, "scripts/bench/size-run.ts"), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return new Promise<void>((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the bench at ${args[0]} offers failed (exit ${code})`)))),
  );
}
