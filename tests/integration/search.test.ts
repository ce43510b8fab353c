import { pointAtMeiliServers } from "../setup/meili-override";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { geocode } from "../../server/geo/geocode";
import { HITS_PER_PAGE, parseSearchParams } from "../../search/params";
import { searchOffers, type SearchResult } from "../../search/query";
import { reindex } from "../../search/reindex";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
}, 120_000);

const search = (raw: Record<string, string | string[]>) => searchOffers(parseSearchParams(raw), "de");
const names = (r: SearchResult) => r.hits.map((h) => h.name.map((s) => s.text).join(""));

describe("resident search", () => {
  it("finds more than a page of offers for 'Beratung', with exact counts and a short last page", async () => {
    const r = await search({ q: "Beratung" });
    expect(r.mode).toBe("index");
    expect(r.total).toBeGreaterThan(HITS_PER_PAGE);
    expect(r.pages).toBe(Math.ceil(r.total / HITS_PER_PAGE));
    expect(r.hits).toHaveLength(HITS_PER_PAGE);
    const last = await search({ q: "Beratung", page: String(r.pages) });
    expect(last.hits).toHaveLength(r.total - (r.pages - 1) * HITS_PER_PAGE);
  });

  it("keeps the other values of a facet and their counts when one is ticked (disjunctive)", async () => {
    const all = await search({});
    const one = await search({ handlungsfeld: "4" });
    expect(one.total).toBe(all.facets.handlungsfeld!["4"]);
    // The other Handlungsfelder still show the counts they would add.
    expect(one.facets.handlungsfeld).toEqual(all.facets.handlungsfeld);
    const two = await search({ handlungsfeld: ["4", "6"] });
    expect(two.total).toBeGreaterThan(one.total);
  });

  it("ANDs across facets", async () => {
    const hf = await search({ handlungsfeld: "4" });
    const both = await search({ handlungsfeld: "4", lebensphase: "senioren" });
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(hf.total);
    expect(both.facets.lebensphase!.senioren).toBe(both.total);
  });

  it("sorts by distance from a known street, with offers that have no public address last and without a distance", async () => {
    const r = await search({ ort: "Karlstraße 5", sort: "entfernung" });
    expect(r.origin?.label).toBe("Karlstraße");
    expect(r.hits.length).toBeGreaterThan(0);
    const distances = r.hits.map((h) => h.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(r.hits.every((h) => h.address !== null)).toBe(true);
    const last = await search({ ort: "Karlstraße 5", sort: "entfernung", page: String(r.pages) });
    expect(last.hits.at(-1)!.distanceMeters).toBeNull(); // no public place, or one without coordinates
    // A hidden place never gets a distance: tests/integration/cards.test.ts.
  });

  it("says when it does not know a place", async () => {
    const r = await search({ q: "Beratung", ort: "Atlantis" });
    expect(r.originUnknown).toBe(true);
    expect(r.total).toBeGreaterThan(0);
  });

  it("logs a search without results (query and filters only) and prunes old entries", async () => {
    await db.noResultSearch.create({ data: { query: "uralt", createdAt: new Date("2020-01-01") } });
    const r = await search({ q: "Xylophonreparatur", lat: "50.97", lon: "10.32" });
    expect(r.total).toBe(0);
    const logged = await db.noResultSearch.findMany();
    expect(logged.map((l) => l.query)).toEqual(["Xylophonreparatur"]);
    expect(JSON.stringify(logged[0].filters)).not.toMatch(/50\.97|10\.32/);
  });

  it("answers from the database when Meilisearch is down, and says so", async () => {
    const restore = pointAtMeiliServers([{ host: "http://127.0.0.1:9" }]); // nothing listens there
    try {
      const r = await search({ q: "Schuldnerberatung" });
      expect(r.mode).toBe("fallback");
      expect(names(r).some((n) => /Schuldner/.test(n))).toBe(true);
      expect(r.hits.find((h) => /Frauenhaus/.test(h.name.map((s) => s.text).join("")))?.address ?? null).toBeNull();
    } finally {
      restore();
    }
  });
});

describe("geocoding against the catalogue's own places", () => {
  it("finds streets with house numbers, abbreviations and umlauts folded, and Planungsräume", async () => {
    expect((await geocode("Karlstr. 12"))?.label).toBe("Karlstraße");
    expect(await geocode("karlstrasse")).not.toBeNull();
    expect(await geocode("Nirgendwo")).toBeNull();
  });
});
