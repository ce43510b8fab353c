// Resident queries against the seeded Eisenach catalogue: the expected offers must be among the
// first three hits, searched with exactly the options the site uses.
import { beforeAll, describe, expect, it } from "vitest";
import { offers, seedDatabase } from "../../prisma/seed";
import { offersIndex } from "../../search/client";
import { highlightName, highlightTags } from "../../search/highlight";
import { reindex } from "../../search/reindex";
import { residentSearchOptions } from "../../search/resident-search-options";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
}, 120_000);

const idByName = new Map(offers.map((o) => [o.name, o.id!]));

function id(name: string) {
  const found = idByName.get(name);
  if (!found) throw new Error(`no seeded offer named ${name}`);
  return found;
}

async function top(q: string, n = 3) {
  const res = await offersIndex().search(q, { ...residentSearchOptions, hitsPerPage: 20 });
  return res.hits.slice(0, n).map((h) => ({ id: h.id, name: h.name }));
}

// [query, offers that must all be in the top 3]
const table: [string, string[]][] = [
  // typos
  ["schuldnerberatng", ["Schuldnerberatung Eisenach-Nord", "Schuldner- und Verbraucherinsolvenzberatung der AWO"]],
  ["erzihungsberatung", ["Erziehungs- und Familienberatung im Beratungszentrum Eisenach"]],
  ["jugendbüo", ["Jugendbüro Eisenach"]],
  ["pflegestutzpunkt", ["Pflegestützpunkt Eisenach"]],
  ["mehrgenerationhaus", ["Mehrgenerationenhaus Eisenach"]],
  ["frauehaus", ["Frauenhaus Eisenach"]],
  // missing umlauts, ue/ae/ss spellings
  ["pflegestuetzpunkt", ["Pflegestützpunkt Eisenach"]],
  ["fruhe hilfen", ["Familienhebamme – Frühe Hilfen zu Hause"]],
  ["kindertagesstaette", ["Kindertagesstätte „Kleine Entdecker“", "Kindertagesstätte „Hörselwiese“ mit Randzeitenbetreuung"]],
  ["gluecksspiel", ["Fachstelle Glücksspielsucht – Beratung bei Spielsucht", "Telefonberatung zur Glücksspielsucht"]],
  ["seniorenbuero", ["Seniorenbüro Eisenach-Nord"]],
  // compound parts
  ["stützpunkt", ["Pflegestützpunkt Eisenach"]],
  ["tagesstätte", ["Kindertagesstätte „Kleine Entdecker“"]],
  ["spielsucht", ["Fachstelle Glücksspielsucht – Beratung bei Spielsucht", "Telefonberatung zur Glücksspielsucht"]],
  ["beratungsstelle", ["Suchtberatungsstelle „Kompass“", "Erziehungs- und Familienberatung im Beratungszentrum Eisenach"]],
  ["generationenhaus", ["Mehrgenerationenhaus Eisenach"]],
  ["vollmacht", ["Beratung zu Vorsorgevollmacht und Betreuungsverfügung"]],
  ["notruf", ["Hausnotruf und Alltagshilfen"]],
  ["schwangerschaftsberatung", ["Schwangeren- und Schwangerschaftskonfliktberatung"]],
  ["Selbsthilfegruppe", ["Suchtberatungsstelle „Kompass“"]],
  ["Krisentelefon", ["TelefonSeelsorge"]],
  ["Insolvenzberatung", ["Schuldner- und Verbraucherinsolvenzberatung der AWO"]],
  // everyday queries with filler words
  ["Hilfe bei Sucht", ["Suchtberatungsstelle „Kompass“"]],
  ["ich habe Schulden", ["Schuldnerberatung Eisenach-Nord"]],
  ["Beratung für Schwangere", ["Schwangeren- und Schwangerschaftskonfliktberatung"]],
  ["Hilfe für pflegende Angehörige", ["Pflegetelefon des Bundesfamilienministeriums"]],
  ["Stress in der Schule", ["Jugendbüro Eisenach", "Nummer gegen Kummer – Kinder- und Jugendtelefon"]],
  ["ich brauche Hilfe bei Sucht", ["Suchtberatungsstelle „Kompass“"]],
  ["Hilfe bei Schulden", ["Schuldnerberatung Eisenach-Nord", "Schuldner- und Verbraucherinsolvenzberatung der AWO"]],
  ["wo finde ich eine Hebamme", ["Hebammensprechstunde und Geburtsvorbereitung", "Familienhebamme – Frühe Hilfen zu Hause"]],
  ["Hilfe bei der Erziehung", ["Erziehungs- und Familienberatung im Beratungszentrum Eisenach"]],
  ["Hilfe bei häuslicher Gewalt", ["Frauenhaus Eisenach", "Hilfetelefon „Gewalt gegen Frauen“"]],
  ["Antrag auf Elterngeld", ["Familienservice: Elternzeit, Elterngeld und Wiedereinstieg"]],
  ["Essen für wenig Geld", ["Eisenacher Tafel"]],
  // synonyms
  ["Kindergarten", ["Kindertagesstätte „Kleine Entdecker“"]],
  ["ich suche eine Kita", ["Kita „Wartburgzwerge“"]],
  ["ältere Menschen", ["Seniorenbüro Eisenach-Nord"]],
  ["Abhängigkeit", ["Suchtberatungsstelle „Kompass“"]],
  ["Rentner", ["Seniorenbüro Eisenach-Nord"]],
  ["Zuwanderung", ["Migrationsberatung für Erwachsene"]],
  ["Tagesmutter", ["Kindertagespflege: Beratung und Vermittlung"]],
  ["Wohngeldstelle", ["Sozialberatung im Stadtteilbüro West"]],
  // names and plain topics
  ["Hebamme", ["Familienhebamme – Frühe Hilfen zu Hause", "Hebammensprechstunde und Geburtsvorbereitung"]],
  ["Tagespflege", ["Caritas-Altenzentrum Elisabethenruhe – Pflegeheim und Tagespflege"]],
  ["Wohngeld", ["Sozialberatung im Stadtteilbüro West"]],
  ["Ehrenamt", ["Freiwilligenagentur Eisenach"]],
  ["Jugendzentrum", ["Kinder- und Jugendzentrum „Alte Posthalterei“", "Kinder- und Jugendzentrum „Nordlicht“"]],
];

describe("relevance of resident queries", () => {
  it("covers at least 30 queries", () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it.each(table)("%s", async (q, expected) => {
    const hits = await top(q, 5);
    const ids = hits.slice(0, 3).map((h) => h.id);
    const missing = expected.filter((name) => !ids.includes(id(name)));
    expect(missing, `top 5 for "${q}": ${hits.map((h) => h.name).join(" | ")}`).toEqual([]);
  });
});


describe("compound parts in the index", () => {
  it("indexes the parts of a compound name and marks the matched part in the name", async () => {
    const doc = await offersIndex().getDocument(id("Pflegestützpunkt Eisenach"));
    expect(doc.searchTerms).toEqual(expect.arrayContaining(["pflege", "stützpunkt"]));
    const res = await offersIndex().search("stutzpunkt", { ...residentSearchOptions, ...highlightTags, attributesToHighlight: ["name"] });
    const hit = res.hits[0];
    expect(hit.id).toBe(id("Pflegestützpunkt Eisenach"));
    const marked = highlightName(hit.name, "stutzpunkt", hit._formatted?.name).filter((s) => s.mark);
    expect(marked.map((s) => s.text)).toEqual(["stützpunkt"]);
  });
});
