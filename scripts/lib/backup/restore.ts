// Restores a backup (scripts/lib/backup/backup.ts) into an EMPTY database only: a restore never
// mixes with or overwrites a catalogue. Then the migrations the backup's release lacked.
// The search index is rebuilt by the caller (scripts/restore.ts), once the site's modules may load.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDeploy } from "../prisma-cli";
import { archiveContents, tableCount } from "./backup";
import { pgTool, runPgTool, serverMajor } from "./pg-tools";

/**
 * Tables, views, sequences and types in the database's own schemas, leaving out what extensions
 * bring (a managed server may install some into every new database).
 */
export async function userObjects(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`
      select n.nspname || '.' || c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
      union all
      select n.nspname || '.' || t.typname
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
       where t.typtype in ('e', 'd')
         and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
         and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
      order by 1`);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

/** Restores `file` into the empty database at `url` in one transaction, then migrates it. */
export async function restoreDatabase(url: string, file: string, log: (line: string) => void) {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const major = await serverMajor(url);
  const pgRestore = pgTool("pg_restore", major);
  // Read the whole table of contents first: a truncated or foreign file stops here, untouched.
  const contents = await archiveContents(pgRestore, file, url).catch((err: Error) => {
    throw new Error(`${file} is not a readable backup: ${err.message}`);
  });
  const tables = tableCount(contents);
  const present = await userObjects(url);
  if (present.length > 0) {
    throw new Error(
      `refused: the database "${database}" is not empty (${present.length} tables, sequences or types, e.g. ${present.slice(0, 3).join(", ")}); ` +
        `restore into a new, empty database. Nothing was changed.`,
    );
  }
  log(`restoring ${tables} tables with pg_restore ${major}`);
  // An extension's comment needs the extension's owner: left out, so that a database in which the
  // server's administrator created pg_trgm and pgcrypto beforehand (a managed server) restores too.
  const listDir = mkdtempSync(path.join(os.tmpdir(), "angebotskatalog-restore-"));
  const listFile = path.join(listDir, "contents.list");
  writeFileSync(listFile, contents.filter((line) => !/ COMMENT - EXTENSION /.test(line)).join("\n"), { mode: 0o600 });
  try {
    // One transaction: a failure leaves the database as empty as it was. No owners or grants: the
    // objects belong to the restoring role (another server's roles differ).
    const args = ["--dbname", database, "--use-list", listFile, "--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", file];
    await runPgTool(pgRestore, args, url);
  } finally {
    rmSync(listDir, { recursive: true, force: true });
  }
  log("applying migrations newer than the backup");
  migrateDeploy(url);
  return { tables };
}
