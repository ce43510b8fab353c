// The bench's quality measures (issue 14) on a hand-made catalogue (tests/setup/bench-catalogue.ts),
// with both engines for real: the PostgreSQL full-text baseline (scripts/bench/postgres-fts.ts)
// and Meilisearch through the site's own request. Every expected figure is counted by hand from
// the seven offers' texts.
import { beforeAll, describe, expect, it } from "vitest";
import { ftsMatchingIds, ftsTextCondition, ftsSearchPage } from "../../scripts/bench/postgres-fts";
import { measureQuality, meiliMatchingIds, paramsOf } from "../../scripts/bench/quality";
import type { BenchQuery } from "../../scripts/bench/types";
import { reindex } from "../../search/reindex";
import { benchCatalogue, publishBenchCatalogue } from "../setup/bench-catalogue";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData } from "../setup/fixtures";

const { db } = setupTestDatabase();
const catalogue = benchCatalogue();
const id = (name: string) => catalogue.offers.find((o) => o.data.name.startsWith(name))!.data.id;

beforeAll(async () => {
  await createReferenceData(db);
  await publishBenchCatalogue(db, catalogue);
  await reindex();
}, 120_000);

const sorted = (ids: string[]) => [...ids].sort();

describe("the engines on single queries", () => {
  it("the baseline finds a correctly spelt word and misses it misspelt; Meilisearch finds both", async () => {
    expect(await ftsMatchingIds(paramsOf("q=Schuldnerberatung"))).toEqual([id("Schuldnerberatung")]);
    expect(await ftsMatchingIds(paramsOf("q=Schuldnerbertung"))).toEqual([]);
    expect(await meiliMatchingIds(paramsOf("q=Schuldnerbertung"))).toContain(id("Schuldnerberatung"));
    expect(await meiliMatchingIds(paramsOf("q=Schuldnerberatung"))).toContain(id("Schuldnerberatung"));
  });

  it("the baseline's text condition is answered from the GIN index of the fallback migration", async () => {
    const plan = await db.$transaction(async (tx) => {
      // Only the text condition: with seven offers the planner would rather walk the public set's
      // btree (status, name, id, version; the HSDS API's pages) and filter, which says nothing
      // about the GIN index; the bench measures the whole query at size.
      await tx.$executeRaw`set local enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`explain select s.id from "Service" s where ${ftsTextCondition("Schuldnerberatung")}`;
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("Service_fallback_fts_idx");
  });
});

describe("quality on a hand-checked mix", () => {
  const q = (kind: BenchQuery["kind"], query: string, relevant: string[]): BenchQuery => ({ kind, query, relevant: relevant.map(id) });
  const mix: BenchQuery[] = [
    q("text", "q=Kaffee&planungsraum=jena", ["Seniorentreff"]),
    q("text", "q=Verbraucherinsolvenz&planungsraum=jena", ["Schuldnerberatung"]),
    // Only in Gera: nothing to find in Jena for either engine.
    q("text", "q=Abhängigkeit&planungsraum=jena", []),
    q("typo", "q=Schuldnerbertung&planungsraum=jena", ["Schuldnerberatung"]),
    q("typo", "q=Erzihungsberatung&planungsraum=jena", ["Erziehungsberatung"]),
    // German stemming keeps "Beratung" as a word (4 of 5 in Jena) but never finds it inside "Erziehungsberatung".
    q("compound", "q=Beratung&planungsraum=jena", ["Schuldnerberatung", "Erziehungsberatung", "Pflegestützpunkt", "Frauenhaus", "Telefonberatung"]),
    q("compound", "q=Stützpunkt&planungsraum=jena", ["Pflegestützpunkt"]),
    { kind: "facets", query: "handlungsfeld=4" }, // not a quality query: not asked
  ];

  it("gives each engine's recall and zero-result share", async () => {
    const quality = await measureQuality(mix);
    expect(quality.postgres_fts).toEqual({ misspelt_recall: 0, compound_recall: 0.4, text_recall: 1, zero_result_share: 1 / 3 });
    expect(quality.meilisearch).toEqual({ misspelt_recall: 1, compound_recall: 1, text_recall: 1, zero_result_share: 1 / 3 });
  });
});

describe("the baseline's page", () => {
  /** A plain count of the offers matching "Beratung" in German full text, plus an extra condition. */
  async function plainCount(extra: string, value: string) {
    const matches = await db.$queryRaw<{ id: string }[]>`
      select s.id from "Service" s where to_tsvector('german', s.name || ' ' || s.description) @@ plainto_tsquery('german', 'Beratung')`;
    const ids = matches.map((m) => m.id);
    if (extra === "total") return ids.length;
    const where = { id: { in: ids } };
    if (extra === "handlungsfeld") return db.service.count({ where: { ...where, terms: { some: { term: { code: value, taxonomy: { key: "handlungsfeld" } } } } } });
    if (extra === "free") return db.service.count({ where: { ...where, free: true } });
    // A Planungsraum served, or holding a public place.
    return db.service.count({ where: { ...where, OR: [
      { serviceAreas: { some: { planningArea: { code: value } } } },
      { addressVisibility: "PUBLIC", locations: { some: { location: { planningArea: { code: value } } } } },
    ] } });
  }

  it("gives a total and facet counts equal to plain counts, a ticked facet keeping its other values", async () => {
    const page = await ftsSearchPage(paramsOf("q=Beratung&planungsraum=gera"));
    expect(page.total).toBe(1);
    expect(page.hits.map((h) => h.name)).toEqual(["Suchtberatung Gera"]);
    expect(page.facets.planungsraum).toEqual({ jena: await plainCount("planungsraum", "jena"), gera: await plainCount("planungsraum", "gera") });
    expect(page.facets.planungsraum).toEqual({ jena: 4, gera: 1 });
    expect(page.facets.handlungsfeld).toEqual({ 4: 1 });

    const all = await ftsSearchPage(paramsOf("q=Beratung&handlungsfeld=4"));
    expect(all.total).toBe(await plainCount("total", ""));
    expect(all.total).toBe(5);
    expect(all.facets.handlungsfeld).toEqual({ 4: await plainCount("handlungsfeld", "4") });
    expect(all.free).toBe(await plainCount("free", ""));
    expect(all.facets.sprache).toEqual({ de: 5 });
    expect(all.facets.kanal).toEqual({ IN_PERSON: 4, PHONE: 1 });
    expect(sorted(all.hits.map((h) => h.id))).toEqual(sorted(await ftsMatchingIds(paramsOf("q=Beratung"))));
  });

  it("filters languages and channels, each counted without its own filter but with the other", async () => {
    const uk = await ftsSearchPage(paramsOf("sprache=uk"));
    expect([uk.total, uk.facets.sprache]).toEqual([1, { de: 7, uk: 1 }]);
    const both = await ftsSearchPage(paramsOf("sprache=uk&kanal=telefon"));
    expect(both.total).toBe(0);
    expect(both.facets.sprache).toEqual({ de: 1 }); // the phone-only offer speaks German
    expect(both.facets.kanal).toEqual({ IN_PERSON: 1 }); // the Ukrainian-speaking one is met in person
  });

  it("finds the public places within the radius, nearest first", async () => {
    const page = await ftsSearchPage(paramsOf("ort=Jena&umkreis=5&sort=entfernung"));
    expect(page.hits.map((h) => h.name)).toEqual(["Schuldnerberatung der Caritas", "Seniorentreff am Markt", "Erziehungsberatung Jena"]);
    expect(page.total).toBe(3);
    expect(page.hits[0].distanceMeters).toBeCloseTo(500, -1);
  });
});
