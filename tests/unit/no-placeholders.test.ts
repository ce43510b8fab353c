import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "Placeholders never reach the public": no template text ("[Platzhalter: …]") in the texts the
// pages show (messages) or in the seed data. Demo values the city replaces are marked "(Demo)"
// instead (app/_components/offer-section.tsx). The search index is checked in seed.test.ts.

const PLACEHOLDER = /\[(Platzhalter|Placeholder)\b/;
const ROOT = path.resolve(import.meta.dirname, "../..");

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(json|ts|csv|geojson)$/.test(f))
    .map((f) => path.join(dir, f));

describe("no placeholders", () => {
  it.each(["messages", "prisma/seed"])("in %s", (dir) => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(0);
    const hits = files.flatMap((f) =>
      readFileSync(path.join(ROOT, f), "utf8")
        .split("\n")
        .flatMap((line, i) => (PLACEHOLDER.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
