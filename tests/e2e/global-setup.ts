// Runs `npm run demo` on its own temporary data folder and a free port (so the demo pipeline is
// tested too), waits until the site answers, and stops exactly that process group afterwards.
import { startDemo } from "./demo-process";

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return; // testing a site that is already running
  const demo = await startDemo({ build: true });
  process.env.E2E_BASE_URL = demo.url;
  process.env.E2E_DATA_DIR = demo.dataDir; // specs that need the site's session secret read it there
  process.env.E2E_DEMO_LOG = demo.logFile; // tests/e2e/startup-log.spec.ts
  return demo.stop;
}
