// Runs `npm run demo` on its own temporary data folder and a free port (so the demo pipeline is
// tested too), waits until the site answers, and stops exactly that process group afterwards.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, waitFor } from "../../scripts/lib/services";

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return; // testing a site that is already running
  const dataDir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-e2e-"));
  const port = await freePort();
  const demo = spawn("npm", ["run", "demo"], {
    detached: true, // its own process group, stopped as a whole below
    stdio: ["ignore", "inherit", "inherit"],
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
  const url = `http://localhost:${port}`;
  const exited = new Promise<never>((_, reject) => demo.once("exit", (c) => reject(new Error(`demo exited (${c})`))));
  await Promise.race([waitFor(() => fetch(url).then((r) => r.ok, () => false), 300_000, "the demo site"), exited]);
  process.env.E2E_BASE_URL = url;
  process.env.E2E_DATA_DIR = dataDir; // specs that need the site's session secret read it there

  return async () => {
    try {
      process.kill(-demo.pid!, "SIGTERM");
      await new Promise((r) => setTimeout(r, 3000));
      process.kill(-demo.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
