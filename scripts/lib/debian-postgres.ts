// Debian's own PostgreSQL (package postgresql-15, which `npm test` installs), started from a data
// folder of its own on a free loopback port: the "external server" of the production tests, as an
// operator's database would be. Not the embedded default (scripts/lib/services.ts).
// As root PostgreSQL refuses to run, so initdb and postgres run as the OS user `postgres` (the
// package creates it). `stop()` stops exactly the server this call started, by its pid.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, waitFor } from "./services";

export const DEBIAN_PG_BIN = "/usr/lib/postgresql/15/bin";

const asRoot = process.getuid?.() === 0;

/** The command, as the `postgres` user when we are root. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

/** The `postgres` user must reach the data folder: grant "search" (o+x) on ancestors that lack it. */
function letPostgresUserReach(dir: string) {
  if (!asRoot) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if (!(mode & 0o001)) chmodSync(d, mode | 0o001);
  }
}

function postgresIds() {
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

export type DebianPostgres = {
  /** The superuser's URL on the maintenance database `postgres`. */
  url: string;
  pid: number;
  stop: () => Promise<void>;
};

/**
 * initdb (when `dataDir` holds no cluster yet; a temporary folder when none is given) and postgres
 * on `port` (free one when none is given), with a generated superuser password and scram-sha-256.
 */
export async function start(opts: { dataDir?: string; port?: number } = {}): Promise<DebianPostgres> {
  if (!existsSync(path.join(DEBIAN_PG_BIN, "postgres"))) {
    throw new Error(`Debian's PostgreSQL 15 is missing (${DEBIAN_PG_BIN}): apt-get install postgresql-15`);
  }
  const temporary = !opts.dataDir;
  const base = opts.dataDir ? path.dirname(path.resolve(opts.dataDir)) : mkdtempSync(path.join(tmpdir(), "debian-pg-"));
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : path.join(base, "cluster");
  const port = opts.port ?? (await freePort());
  const passwordFile = `${dataDir}.password`;
  let password: string;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    password = randomBytes(18).toString("hex");
    writeFileSync(passwordFile, password, { mode: 0o600 });
    letPostgresUserReach(base);
    // initdb reads the password from a file the postgres user can read; removed right after.
    const initPw = path.join(base, `.initdb-pw-${process.pid}`);
    writeFileSync(initPw, password, { mode: 0o600 });
    if (asRoot) {
      const { uid, gid } = postgresIds();
      chownSync(initPw, uid, gid);
      // initdb creates the cluster folder itself; its parent must be writable by postgres.
      chownSync(base, uid, gid);
    }
    const [cmd, args] = asPostgres(path.join(DEBIAN_PG_BIN, "initdb"), [
      "-D", dataDir, "-U", "postgres", "--pwfile", initPw, "--auth", "scram-sha-256",
      "--locale=C.UTF-8", "--encoding=UTF8", "--lc-messages=C",
    ]);
    const init = spawnSync(cmd, args, { encoding: "utf8" });
    rmSync(initPw, { force: true });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr.trim()}`);
  } else {
    password = readFileSync(passwordFile, "utf8").trim();
  }

  const [cmd, args] = asPostgres(path.join(DEBIAN_PG_BIN, "postgres"), [
    "-D", dataDir, "-p", String(port),
    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
    "-c", "fsync=off", "-c", "synchronous_commit=off",
  ]);
  // Its own process group: runuser stays as the parent of postgres, and stopping the group
  // reaches postgres itself, nothing else.
  const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`PostgreSQL exited (${code}): ${log}`))));
  exited.catch(() => {});
  const answers = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };
  await Promise.race([waitFor(answers, 30_000, "Debian's PostgreSQL"), exited]);

  // runuser is the child; the server's own pid is in its pid file.
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid!, "SIGINT"); // PostgreSQL's "fast" shutdown
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* already gone */
        }
      }, 10_000);
      await gone;
      clearTimeout(timer);
    }
    if (temporary) rmSync(base, { recursive: true, force: true });
  };
  return { url, pid, stop };
}
