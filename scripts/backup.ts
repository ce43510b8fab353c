// `npm run backup [-- --out DIR]`: the whole catalogue (uploaded documents included, they live in
// the database) as one compressed pg_dump file, angebotskatalog-<UTC time>.dump, mode 600, in DIR
// (default: backups/ in the data folder). With DATABASE_URL that database; without it the embedded
// one (the running servers of services.json, or started for the backup and stopped again).
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "./lib/backup/backup";
import { callerPath } from "./lib/caller-path";
import { DATA_DIR, withServices } from "./lib/services";

const usage = "usage: npm run backup [-- --out DIR]";
let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: "string", default: path.join(DATA_DIR, "backups") } } });
  out = callerPath(values.out);
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  process.exit(2);
}

async function backup(url: string) {
  const started = performance.now();
  const { file, bytes, tables, major } = await createBackup(url, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${tables} tables, pg_dump ${major}, ${seconds} s)`);
}

try {
  // DATABASE_URL alone is enough: withServices would start the embedded servers unless MEILI_HOST is set too.
  const url = process.env.DATABASE_URL;
  if (url) await backup(url);
  else await withServices(({ DATABASE_URL }) => backup(DATABASE_URL));
} catch (err) {
  console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
