// A second `next start` of the run's build against the run's own PostgreSQL and Meilisearch, with
// variables of its own (e.g. SITE_LOCALES): for behaviour the shared demo site's defaults do not
// show. It syncs no index (OUTBOX_WORKER=off) and is stopped by its own process group.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { freePort, ROOT, waitFor } from "../../scripts/lib/services";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** The servers of the site under test, as its start recorded them (scripts/lib/services.ts). */
export function demoServices() {
  // The data folder of the site under test (tests/e2e/global-setup.ts, or the one started by hand).
  const dataDir = process.env.E2E_DATA_DIR ?? process.env.ANGEBOTSKATALOG_DATA_DIR ?? path.join(ROOT, ".data");
  const services = JSON.parse(readFileSync(path.join(dataDir, "services.json"), "utf8")) as { DATABASE_URL: string; MEILI_HOST: string; MEILI_SEARCH_KEY: string; MEILI_ADMIN_KEY: string };
  return { dataDir, services };
}

/** `stdout()` is what the site printed so far (its JSON log lines, tests/e2e/request-log.spec.ts). */
export async function startSecondSite(env: Record<string, string>) {
  const { dataDir, services } = demoServices();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "localhost"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: services.DATABASE_URL,
      MEILI_HOST: services.MEILI_HOST,
      // The site's own keys, never the master key (a production start refuses that).
      MEILI_SEARCH_KEY: services.MEILI_SEARCH_KEY,
      MEILI_ADMIN_KEY: services.MEILI_ADMIN_KEY,
      NEXTAUTH_SECRET: readFileSync(path.join(dataDir, "nextauth-secret"), "utf8").trim(),
      NEXTAUTH_URL: url,
      OUTBOX_WORKER: "off",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  let errors = "";
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the second site exited (${code}): ${errors}`))));
  try {
    await Promise.race([waitFor(() => fetch(url).then((r) => r.status < 500, () => false), 60_000, "the second site"), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, stdout: () => output };
}
