// Restores a backup (scripts/lib/backup/backup.ts) into an EMPTY database only: a restore never
// mixes with or overwrites a catalogue. Then the migrations the backup's release lacked.
// The search index is rebuilt by the caller (scripts/restore.ts), once the site's modules may load.
import { existsSync } from "node:fs";
import pg from "pg";
import { migrateDeploy } from "../prisma-cli";
import { archiveTableCount } from "./backup";
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

export class NotEmptyError extends Error {}

/** Restores `file` into the empty database at `url` in one transaction, then migrates it. */
export async function restoreDatabase(url: string, file: string, log: (line: string) => void) {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const major = await serverMajor(url);
  const pgRestore = pgTool("pg_restore", major);
  // Read the whole table of contents first: a truncated or foreign file stops here, untouched.
  const tables = await archiveTableCount(pgRestore, file, url).catch((err: Error) => {
    throw new Error(`${file} is not a readable backup: ${err.message}`);
  });
  const present = await userObjects(url);
  if (present.length > 0) {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    throw new NotEmptyError(
      `refused: the database "${database}" is not empty (${present.length} tables, sequences or types, e.g. ${present.slice(0, 3).join(", ")}); ` +
        `restore into a new, empty database. Nothing was changed.`,
    );
  }
  log(`restoring ${tables} tables with pg_restore ${major}`);
  // One transaction: a failure leaves the database as empty as it was. No owners or grants: the
  // objects belong to the restoring role (another server's roles differ).
  await runPgTool(pgRestore, ["--dbname", decodeURIComponent(new URL(url).pathname.slice(1)), "--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", file], url);
  log("applying migrations newer than the backup");
  migrateDeploy(url);
  return { tables };
}
