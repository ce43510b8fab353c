// `npm test`: everything a fresh machine needs to run every test, then the tests.
// 1. Debian's Chromium for Playwright (never Playwright's own browser download: unreachable here).
// 2. Type check. 3. Unit and integration tests (vitest; real PostgreSQL and Meilisearch).
// 4. End-to-end tests (Playwright + /usr/bin/chromium against the built site on the demo data).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

if (!existsSync(CHROMIUM)) {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (...args: string[]) => (sudo.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  console.log("Installing Debian's chromium for the browser tests");
  apt("update", "-q");
  apt("install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-dejavu-core");
}

const only = process.argv[2];
if (!only || only === "typecheck") run("npx", ["tsc", "--noEmit"]);
if (!only || only === "unit") run("npx", ["vitest", "run"]);
if (!only || only === "e2e") run("npx", ["playwright", "test"]);
