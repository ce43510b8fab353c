import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { LIFE_SITUATIONS, lifeSituationQuery, type LifeSituationId } from "../../search/life-situations";
import { FACETS, parseSearchParams, type RawSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { reindex } from "../../search/reindex";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
}, 120_000);

/** The names of every hit of a search, page by page. */
async function allNames(raw: RawSearchParams) {
  const names: string[] = [];
  for (let page = 1; ; page++) {
    const r = await searchOffers(parseSearchParams({ ...raw, page: String(page) }), "de");
    expect(r.mode).toBe("index");
    names.push(...r.hits.map((h) => h.name.map((s) => s.text).join("")));
    if (page >= r.pages) return names;
  }
}

// One demo offer each situation must lead to: the offer a counsellor would name first.
const fitting: Record<LifeSituationId, string> = {
  "kind-erwartet": "Hebammensprechstunde und Geburtsvorbereitung",
  kinderbetreuung: "Kita „Wartburgzwerge“",
  schule: "Lernpatenschaften und Hausaufgabenhilfe",
  pflege: "Pflegestützpunkt Eisenach",
  schulden: "Schuldner- und Verbraucherinsolvenzberatung der AWO",
  geld: "Eisenacher Tafel",
  gewalt: "Frauenhaus Eisenach",
  sucht: "Suchtberatungsstelle „Kompass“",
  "neu-in-eisenach": "Nachbarschaftszentrum Goethestraße",
  "neu-in-deutschland": "Migrationsberatung für Erwachsene",
  aelter: "Seniorenbüro Eisenach-Nord",
  jugend: "Jugendberufsagentur Eisenach",
};

describe("life situations on the start page", () => {
  it("are 8 to 12, with unique ids", () => {
    expect(LIFE_SITUATIONS.length).toBeGreaterThanOrEqual(8);
    expect(LIFE_SITUATIONS.length).toBeLessThanOrEqual(12);
    expect(new Set(LIFE_SITUATIONS.map((s) => s.id)).size).toBe(LIFE_SITUATIONS.length);
  });

  it("filter only by facet codes the taxonomies know", async () => {
    const terms = await db.taxonomyTerm.findMany({ select: { code: true, taxonomy: { select: { key: true } } } });
    const known = new Set(terms.map((t) => `${t.taxonomy.key}:${t.code}`));
    for (const s of LIFE_SITUATIONS) {
      for (const [param, values] of Object.entries(s.search)) {
        if (param === "q") continue;
        expect(Object.keys(FACETS), s.id).toContain(param);
        for (const code of values as readonly string[]) expect(known.has(`${param}:${code}`), `${s.id}: ${param}=${code}`).toBe(true);
      }
      // The link survives the page's own parsing unchanged: nothing dropped as unknown or malformed.
      const query = lifeSituationQuery(s);
      const parsed = parseSearchParams(query);
      for (const [param, values] of Object.entries(query)) expect(parsed[param as keyof typeof parsed], s.id).toEqual(values);
    }
  });

  it.each(LIFE_SITUATIONS.map((s) => [s.id, s] as const))("%s leads to fitting demo offers", async (id, s) => {
    const names = await allNames(lifeSituationQuery(s));
    expect(names.length).toBeGreaterThan(0);
    expect(names).toContain(fitting[id]);
  });

  it("'Ich habe Schulden' brings debt counselling, not schools (no typo matches)", async () => {
    const names = await allNames(lifeSituationQuery(LIFE_SITUATIONS.find((s) => s.id === "schulden")!));
    for (const name of names) expect(name).toMatch(/Schuldner/);
  });
});

describe("the order without a search word", () => {
  it("is by name, on every page, when only filters are chosen", async () => {
    const names = await allNames({ handlungsfeld: "4" });
    expect(names.length).toBeGreaterThan(10); // more than one page
    expect(names).toEqual([...names].sort(byName));
  });

  it("is by name for all offers (sort=name) and stays relevance with a search word", async () => {
    const all = await allNames({ sort: "name" });
    expect(all).toEqual([...all].sort(byName));
    const relevant = await allNames({ q: "Pflegestützpunkt" });
    expect(relevant[0]).toBe("Pflegestützpunkt Eisenach");
    expect(relevant).not.toEqual([...relevant].sort(byName));
  });
});

// Meilisearch compares names as it indexes them: case- and accent-folded.
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const byName = (a: string, b: string) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0);
