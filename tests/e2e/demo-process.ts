// `npm run demo` on its own temporary data folder and a free port, in its own process group, so it
// can be stopped as a whole (the site and exactly the servers it started), never anything else.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { freePort, waitFor } from "../../scripts/lib/services";

/** `build: false` serves the build the run already made (`npm run demo -- --no-build`). */
export async function startDemo(opts: { build: boolean }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-e2e-"));
  const port = await freePort();
  const demo = spawn("npm", ["run", "demo", ...(opts.build ? [] : ["--", "--no-build"])], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      ANGEBOTSKATALOG_DATA_DIR: dataDir,
      DATABASE_URL: "",
      MEILI_HOST: "",
      // The demo site's own address (scripts/lib/site.ts), not one from the caller's shell.
      NEXTAUTH_URL: "",
    },
  });
  // Shown as before and kept in a file, so tests/e2e/startup-log.spec.ts can read the start-up log.
  const logFile = `${dataDir}.log`;
  const log = createWriteStream(logFile);
  // The site's request lines (one per request of the whole run) go to the file only.
  createInterface({ input: demo.stdout! }).on("line", (line) => {
    log.write(`${line}\n`);
    if (!line.startsWith('{"time":') || !line.includes('"event":"request"')) process.stdout.write(`${line}\n`);
  });
  demo.stderr!.on("data", (chunk: Buffer) => (process.stderr.write(chunk), log.write(chunk)));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    try {
      process.kill(-demo.pid!, "SIGTERM"); // the demo stops its site and servers
      await new Promise((r) => setTimeout(r, 3000));
      process.kill(-demo.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
    rmSync(dataDir, { recursive: true, force: true });
    log.end();
    rmSync(logFile, { force: true });
  };
  const exited = new Promise<never>((_, reject) => demo.once("exit", (c) => reject(new Error(`demo exited (${c})`))));
  try {
    // A build on a busy shared machine can take several minutes.
    await Promise.race([waitFor(() => fetch(url).then((r) => r.ok, () => false), 600_000, "the demo site"), exited]);
  } catch (error) {
    await stop(); // never leave the demo's servers running behind a failed start
    throw error;
  }
  // What the demo recorded about the servers it started (scripts/lib/services.ts).
  const services = JSON.parse(readFileSync(path.join(dataDir, "services.json"), "utf8")) as { DATABASE_URL: string; meiliPid: number };
  return { url, dataDir, logFile, databaseUrl: services.DATABASE_URL, meiliPid: services.meiliPid, stop };
}
