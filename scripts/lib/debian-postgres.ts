// Debian's own PostgreSQL (package postgresql-<major>), started on a folder of the caller's and a
// free loopback port: the "external server" of tests (a restore onto another server, the
// production start), next to the embedded one of scripts/lib/services.ts. Stopped by its pid.
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort, letPostgresUserReach, pidAlive, postgresAnswers, waitFor } from "./services";

export const debianPostgresBin = (major: number) => `/usr/lib/postgresql/${major}/bin`;

export type DebianPostgres = {
  /** `postgresql://postgres:<password>@127.0.0.1:<port>/postgres` (the maintenance database). */
  url: string;
  port: number;
  pid: number;
  stop: () => Promise<void>;
};

/** As root, PostgreSQL refuses to run: it runs as the OS user "postgres" (Debian's package makes it). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * initdb (superuser "postgres" with a random password, scram-sha-256) into `dataDir` (a new
 * folder), then starts `postgres` listening on 127.0.0.1 only, no Unix socket. Its log goes to
 * `<dataDir>.log`.
 */
export async function startDebianPostgres(opts: {
  dataDir: string;
  major?: number;
  port?: number;
  /** Faster, crash-unsafe settings for throwaway test clusters. */
  ephemeral?: boolean;
}): Promise<DebianPostgres> {
  const bin = debianPostgresBin(opts.major ?? 15);
  if (!existsSync(path.join(bin, "postgres"))) {
    throw new Error(`Debian's PostgreSQL is not installed at ${bin} (apt-get install postgresql-${opts.major ?? 15})`);
  }
  if (existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
    throw new Error(`${opts.dataDir} already holds a cluster: give a new folder (its password is not kept)`);
  }
  const user = runAs();
  const port = opts.port ?? (await freePort());
  const password = randomBytes(24).toString("hex");
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  if (user) {
    letPostgresUserReach(path.dirname(opts.dataDir), true);
    chownSync(opts.dataDir, user.uid, user.gid);
  }
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_ENV: process.env.NODE_ENV, LC_ALL: "C.UTF-8" };
  const spawnOpts = { ...user, env };

  // The password through a file PostgreSQL's user can read for a moment, never the command line.
  const pwFile = `${opts.dataDir}.pw`;
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwFile, user.uid, user.gid);
  try {
    execFileSync(
      path.join(bin, "initdb"),
      ["-D", opts.dataDir, "-U", "postgres", "--pwfile", pwFile, "--auth", "scram-sha-256", "--locale", "C.UTF-8", "--encoding", "UTF8", "--lc-messages", "C"],
      { ...spawnOpts, stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }

  const logFd = openSync(`${opts.dataDir}.log`, "a", 0o600);
  const child = spawn(
    path.join(bin, "postgres"),
    [
      "-D", opts.dataDir,
      "-p", String(port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    { ...spawnOpts, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  const pid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  await Promise.race([
    waitFor(() => postgresAnswers(url), 30_000, `PostgreSQL ${opts.major ?? 15} (Debian)`),
    exited.then(() => {
      throw new Error(`PostgreSQL exited at start; see ${opts.dataDir}.log`);
    }),
  ]);

  const stop = async () => {
    if (!pidAlive(pid)) return;
    // SIGINT: "fast shutdown" (rolls back open transactions, then exits cleanly).
    process.kill(pid, "SIGINT");
    const killer = setTimeout(() => pidAlive(pid) && process.kill(pid, "SIGKILL"), 20_000);
    await exited;
    clearTimeout(killer);
  };
  return { url, port, pid, stop };
}
