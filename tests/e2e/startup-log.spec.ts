import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// `npm run demo` as a newcomer sees it (the run the global setup started): when all is well, no
// line of the start-up log looks like a warning or an error.

const SUSPICIOUS = /warn|error|deprecat|caution/i;

// Lines that match but are expected, each with its reason. Keep this list short.
const ALLOWED: RegExp[] = [
  // Next prints its experimental settings with "(use with caution)" at every build and start.
  // All are needed: the 16 MB body limit for uploads and the 404 page of its own (next.config.mjs explains them).
  /^- Experiments \(use with caution\):$/,
];

test("the demo's start-up log has no warning or error line", () => {
  const file = process.env.E2E_DEMO_LOG;
  test.skip(!file, "E2E_BASE_URL points at a site started elsewhere: no start-up log to read");
  const log = readFileSync(file!, "utf8");
  const end = log.indexOf("[demo] the catalogue answers on");
  expect(end, "the start-up finished").toBeGreaterThan(0);
  const startup = log.slice(0, end).split("\n");
  expect(startup.some((l) => /^\[demo\] \d+ offers in the database, \d+ searchable/.test(l))).toBe(true);
  const suspicious = startup.filter((l) => SUSPICIOUS.test(l) && !ALLOWED.some((a) => a.test(l.trim())));
  expect(suspicious).toEqual([]);
});
