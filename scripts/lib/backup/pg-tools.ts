// PostgreSQL's own client tools (pg_dump, pg_restore) of the server's major version, connected
// through libpq's environment so the password never appears on a command line (`ps`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { debianPostgresBin } from "../debian-postgres";

export type PgTool = "pg_dump" | "pg_restore";

/** The server's major version (`show server_version_num`: 150018 -> 15). */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("show server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * The tool of PostgreSQL `major`: Debian's /usr/lib/postgresql/<major>/bin, else the one on PATH
 * if it is of that major. A pg_dump older than the server refuses to dump it, and an archive of a
 * newer pg_dump is one an older pg_restore cannot read: one version for both sides keeps it simple.
 */
export function pgTool(tool: PgTool, major: number, opts: { debianRoot?: (major: number) => string } = {}): string {
  const debian = path.join((opts.debianRoot ?? debianPostgresBin)(major), tool);
  if (existsSync(debian)) return debian;
  const install = `install PostgreSQL ${major}'s client tools (Debian: apt-get install postgresql-client-${major})`;
  const onPath = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (onPath.error || onPath.status !== 0) throw new Error(`no ${tool} found for the PostgreSQL ${major} server: ${install}`);
  const found = /\(PostgreSQL\)\s+(\d+)/.exec(onPath.stdout)?.[1];
  if (Number(found) !== major) {
    throw new Error(`the ${tool} on PATH is PostgreSQL ${found ?? "(unknown)"}, the server is PostgreSQL ${major}: ${install}`);
  }
  return tool;
}

/** libpq's variables for `url` (the password in PGPASSWORD), so no tool gets it as an argument. */
export function libpqEnv(url: string): Record<string, string | undefined> {
  const u = new URL(url);
  const param = (name: string) => u.searchParams.get(name) ?? undefined;
  const decoded = (s: string) => (s ? decodeURIComponent(s) : undefined);
  return {
    PGHOST: param("host") ?? u.hostname.replace(/^\[(.*)\]$/, "$1"),
    PGPORT: u.port || "5432",
    PGUSER: decoded(u.username),
    PGPASSWORD: decoded(u.password),
    PGDATABASE: decoded(u.pathname.slice(1)),
    PGSSLMODE: param("sslmode"),
    PGSSLROOTCERT: param("sslrootcert"),
    PGSSLCERT: param("sslcert"),
    PGSSLKEY: param("sslkey"),
    PGCONNECT_TIMEOUT: param("connect_timeout") ?? "10",
    PGAPPNAME: "angebotskatalog-backup",
  };
}

/**
 * Runs a tool against `url` with nothing of this process's environment but PATH and HOME (libpq
 * finds ~/.postgresql certificates there); resolves with its stderr, rejects with it on failure.
 * Asynchronous: an embedded PostgreSQL started by this process keeps its log pipe drained.
 */
export function runPgTool(bin: string, args: string[], url: string, stdout: "ignore" | "pipe" | number = "ignore"): Promise<{ stdout: string }> {
  const child = spawn(bin, args, {
    stdio: ["ignore", stdout, "pipe"],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: process.env.NODE_ENV, LC_MESSAGES: "C", ...libpqEnv(url) },
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve({ stdout: out });
      else reject(new Error(`${path.basename(bin)} failed (exit ${code}): ${err.trim() || "no message"}`));
    });
  });
}
