// `npm test`: everything a fresh machine needs to run every test, then the tests.
// 1. Debian's Chromium for Playwright (never Playwright's own browser download: unreachable here).
// 2. Type check. 3. Unit and integration tests (vitest; real PostgreSQL and Meilisearch).
// 4. End-to-end tests (Playwright + /usr/bin/chromium against the built site on the demo data).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CHROMIUM = "/usr/bin/chromium";

const reports = mkdtempSync(path.join(tmpdir(), "angebotskatalog-reports-"));
const tally = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    exitCode = r.status || 1;
  }
  return r.status === 0;
}

/** Adds the counts of a vitest or Playwright JSON report to the closing line. */
function count(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats) {
    // Playwright: expected / unexpected / flaky / skipped
    tally.passed += report.stats.expected + report.stats.flaky;
    tally.failed += report.stats.unexpected;
    tally.skipped += report.stats.skipped;
  } else {
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    tally.skipped += report.numPendingTests + report.numTodoTests;
  }
}

// Debian's chromium for the browser tests; unzip opens the open-data dump's zip with a tool other
// than the library that wrote it (tests/integration/hsds-dumps.test.ts); Debian's PostgreSQL 15
// is the external server of the production tests, and its pg_dump (the embedded PostgreSQL ships
// none) makes the backups.
const UNZIP = "/usr/bin/unzip";
const DEBIAN_POSTGRES = "/usr/lib/postgresql/15/bin/postgres";
if (!existsSync(CHROMIUM) || !existsSync(UNZIP) || !existsSync(DEBIAN_POSTGRES)) {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (...args: string[]) => (sudo.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  console.log("Installing Debian's chromium, unzip and postgresql for the tests");
  apt("update", "-q");
  apt("install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-dejavu-core", "unzip", "postgresql-15", "postgresql-client-15");
}

const only = process.argv[2];
const typesOk = only && only !== "typecheck" ? true : run("npx", ["tsc", "--noEmit"]);
if (typesOk && (!only || only === "unit")) {
  const file = path.join(reports, "vitest.json");
  run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  count(file);
}
if (typesOk && (!only || only === "e2e")) {
  const file = path.join(reports, "playwright.json");
  run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  count(file);
}
rmSync(reports, { recursive: true, force: true });
if (!typesOk) tally.failed += 1; // the type check counts as one failed test
// The closing line CI reads.
console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(exitCode || (tally.failed ? 1 : 0));
