// `npm run restore -- FILE`: a backup of `npm run backup` into an EMPTY database (DATABASE_URL, or
// the embedded default's; a database with tables is refused and left as it was), then the
// migrations newer than the backup, then a rebuild of the search index from the restored data.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { restoreDatabase } from "./lib/backup/restore";
import { callerPath } from "./lib/caller-path";
import { runWithDb } from "./lib/run-with-db";

const usage = "usage: npm run restore -- FILE";
let file: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error("give exactly one backup file");
  file = callerPath(positionals[0]!);
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  // Without MEILI_HOST the scripts use the embedded servers, DATABASE_URL included: not what was meant.
  if (process.env.DATABASE_URL && !process.env.MEILI_HOST) throw new Error("DATABASE_URL is set but MEILI_HOST is not: the restore rebuilds the search index, set both");
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  process.exit(2);
}

const log = (line: string) => console.log(`[restore] ${line}`);
await runWithDb(async () => {
  const { tables } = await restoreDatabase(process.env.DATABASE_URL!, file, log);
  log("rebuilding the search index");
  const { reindex } = await import("../search/reindex");
  const { indexed } = await reindex();
  log(`restored ${tables} tables from ${file}; ${indexed} offers searchable`);
});
