// The HSDS round trip of issue 15: the demo catalogue exported as JSON and as the CSV data package
// (through `npm run export`), each imported into an EMPTY catalogue (its own database with the same
// vocabulary, no organisation, no offer), exported again: the same services.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offers, seedDatabase, seedReferenceData } from "../../prisma/seed/index";
import type { Db } from "../../server/db";
import { exportHsds } from "../../server/hsds/export";
import type { HsdsService } from "../../server/hsds/hsds-schema";
import { importHsds } from "../../server/hsds/import";
import { publishOffer } from "../../server/offers/publish";
import type { OfferDataInput } from "../../server/offers/schema";
import { setupTestDatabase } from "../setup/database";
import { createSecondDatabase } from "../setup/second-database";

const { db } = setupTestDatabase();
const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(tmpdir(), "hsds-round-trip-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run export -- ARGS` against this file's database (the script reuses the given servers). */
function runExport(...args: string[]) {
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/export.ts", ...args], {
    cwd: ROOT,
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

async function emptyCatalogue(): Promise<Db> {
  const empty = await createSecondDatabase();
  await empty.$transaction((tx) => seedReferenceData(tx), { timeout: 120_000 });
  return empty;
}

// What differs between two catalogues by design: last_modified is the publication time in each
// catalogue. Arrays are compared as sets (sorted by their canonical JSON).
function comparable(services: readonly HsdsService[], drop: readonly string[] = []): unknown {
  const normalise = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normalise).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== "last_modified" && !drop.includes(k))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, normalise(x)]),
      );
    }
    return v;
  };
  return normalise(services);
}

let original: HsdsService[];

beforeAll(async () => {
  await seedDatabase(db);
  // The demo offers carry no translations yet: one gets English and Leichte Sprache.
  const translations: OfferDataInput["translations"] = [
    { locale: "en", name: "Family centre", description: "Courses and advice for families.", applicationProcess: "Call or drop in" },
    { locale: "de-x-ls", name: "Familien-Zentrum", description: "Hier gibt es Kurse für Familien." },
  ];
  await db.$transaction((tx) => publishOffer(tx, { ...offers[0]!, translations }, { source: "IMPORT" }));
  original = await exportHsds(db);
}, 300_000);

describe("HSDS round trip into an empty catalogue", () => {
  it("exports the same services whatever the chunk size (one query per table per chunk)", async () => {
    expect(await exportHsds(db, { chunkSize: 7 })).toEqual(original);
    expect(await exportHsds(db, { chunkSize: 1 })).toEqual(original);
  });

  it("JSON: export, import, export again gives the same services", async () => {
    const file = path.join(tmp, "services.json");
    expect(runExport(file)).toContain(`exported ${original.length} offer(s) to ${file}`);
    const exported = JSON.parse(readFileSync(file, "utf8")) as HsdsService[];
    expect(exported).toEqual(JSON.parse(JSON.stringify(original)));
    expect(original.length).toBeGreaterThan(70);

    const empty = await emptyCatalogue();
    expect(await empty.service.count()).toBe(0);
    expect(await importHsds(empty, exported)).toMatchObject({ created: original.length, updated: 0, unchanged: 0 });
    const again = await exportHsds(empty);
    expect(again.map((s) => s.id)).toEqual(original.map((s) => s.id));
    expect(comparable(again)).toEqual(comparable(original));
  });

  it("CSV: export as a data package, import, export again gives the same services but the translations", async () => {
    const dir = path.join(tmp, "csv");
    expect(runExport(dir, "--format", "csv")).toContain(`exported ${original.length} offer(s) as an HSDS CSV data package in ${dir}`);

    const empty = await emptyCatalogue();
    expect(await importHsds(empty, dir)).toMatchObject({ created: original.length, updated: 0, unchanged: 0 });
    const again = await exportHsds(empty);
    expect(again.map((s) => s.id)).toEqual(original.map((s) => s.id));
    // The HSDS CSV tables have no place for our x_translations extension: a catalogue filled from
    // CSV has the German texts only.
    const translated = (list: HsdsService[]) => list.filter((s) => Object.keys(s.x_translations ?? {}).length).length;
    expect(translated(original)).toBeGreaterThan(0);
    expect(translated(again)).toBe(0);
    expect(comparable(again, ["x_translations"])).toEqual(comparable(original, ["x_translations"]));
  });
});
