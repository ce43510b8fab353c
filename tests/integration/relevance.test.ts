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

// Need words (issue 13): what residents call their problem, not what providers call their offer.
// For each query, the offers judged relevant by hand (the whole catalogue was read for each need),
// or a rule for the languages spoken. Precision = relevant hits among the first 10 shown.
const byLanguage = (code: string) => offers.filter((o) => o.status !== "inactive" && o.languages?.includes(code)).map((o) => o.name);
const PFLEGE = [
  "Pflegetelefon des Bundesfamilienministeriums", "Pflegeberatung zu Hause: Beratungsbesuche für Pflegegeldempfänger",
  "Pflegestützpunkt Eisenach", "Caritas-Altenzentrum Elisabethenruhe – Pflegeheim und Tagespflege",
  "Haus Wartburgblick – Pflegeheim und altersgerechtes Wohnen", "Ambulanter Pflegedienst und Essen auf Rädern der Volkssolidarität",
  "Hausnotruf und Alltagshilfen", "Besuchsdienst „Zeit schenken“",
];
const SEELE = [
  "TelefonSeelsorge", "Erziehungs- und Familienberatung im Beratungszentrum Eisenach",
  "ThEKiZ „Haus Sonnenschein“ – Thüringer Eltern-Kind-Zentrum", "Nummer gegen Kummer – Kinder- und Jugendtelefon",
  "Nummer gegen Kummer – Elterntelefon", "Online-Beratung für Eltern und Jugendliche", "Silbernetz – Telefon gegen Einsamkeit",
];
const SCHULDEN = ["Schuldnerberatung Eisenach-Nord", "Schuldner- und Verbraucherinsolvenzberatung der AWO"];
const SUCHT = ["Suchtberatungsstelle „Kompass“", "Fachstelle Glücksspielsucht – Beratung bei Spielsucht", "Telefonberatung zur Glücksspielsucht"];
const TRENNUNG = [
  "Erziehungs- und Familienberatung im Beratungszentrum Eisenach", "Nummer gegen Kummer – Elterntelefon",
  "Online-Beratung für Eltern und Jugendliche", "ThEKiZ „Haus Sonnenschein“ – Thüringer Eltern-Kind-Zentrum",
];
const EINSAM = [
  "Silbernetz – Telefon gegen Einsamkeit", "Mehrgenerationenhaus Eisenach", "Seniorentreff Stregda", "Nachbarschaftszentrum Goethestraße",
  "Generationencafé West", "Stadtteilbüro Oststadt – Quartiersmanagement", "Vorlesepaten: Großeltern lesen vor", "Dorfkümmerer für die Ortsteile",
  "ThINKA Stadtteilzentrum Eisenach-Ost – Sozialberatung und Café", "Besuchsdienst „Zeit schenken“", "Seniorensport und Tanztee",
];
const needTable: [string, string[]][] = [
  ["Demenz", PFLEGE],
  ["Alzheimer", PFLEGE],
  ["Pflege", PFLEGE],
  ["Depression", SEELE],
  ["Angst", SEELE],
  ["Ukrainisch", byLanguage("uk")],
  ["Arabisch", byLanguage("ar")],
  ["Russisch", byLanguage("ru")],
  ["Schulden", [...SCHULDEN, "Fachstelle Glücksspielsucht – Beratung bei Spielsucht", "Verbraucherberatung der Verbraucherzentrale (Beratungsmobil)"]],
  ["Schuldnerbertung", SCHULDEN],
  ["Sucht", SUCHT],
  ["Alkohol", SUCHT],
  ["Trennung", TRENNUNG],
  ["Scheidung", TRENNUNG],
  ["Gewalt", ["Kinderschutzdienst für die Stadt Eisenach", "Frauenhaus Eisenach", "Hilfetelefon „Gewalt gegen Frauen“", "Nummer gegen Kummer – Kinder- und Jugendtelefon"]],
  ["Schwangerschaft", ["Schwangeren- und Schwangerschaftskonfliktberatung", "Hilfetelefon „Schwangere in Not – anonym und sicher“", "Hebammensprechstunde und Geburtsvorbereitung", "Familienhebamme – Frühe Hilfen zu Hause"]],
  ["Einsamkeit", EINSAM],
  ["Wohnung", ["Sozialberatung im Stadtteilbüro West", "Seniorensprechstunde und mobile Wohnberatung", "Haus Wartburgblick – Pflegeheim und altersgerechtes Wohnen", "Wohngruppen für Menschen mit Behinderung (Eingliederungshilfe)"]],
  ["Arbeit", ["Jobcenter Wartburgkreis – Standort Eisenach", "Jugendberufsagentur Eisenach", "Familienservice: Elternzeit, Elterngeld und Wiedereinstieg"]],
  ["Mobbing", ["Nummer gegen Kummer – Kinder- und Jugendtelefon", "Nummer gegen Kummer – Elterntelefon", "Jugendbüro Eisenach", "Fachdienst Flexible Ambulante Erziehungshilfen und Schulsozialarbeit"]],
  ["Baby", ["Krabbelgruppe im Dorfgemeinschaftshaus Hötzelsroda", "Familienhebamme – Frühe Hilfen zu Hause", "Familienzentrum Oststadt – Eltern-Kind-Treff", "ThEKiZ „Haus Sonnenschein“ – Thüringer Eltern-Kind-Zentrum", "Hebammensprechstunde und Geburtsvorbereitung"]],
  ["Nachhilfe", ["Lernpatenschaften und Hausaufgabenhilfe"]],
  ["Armut", [...SCHULDEN, "Sozialberatung im Stadtteilbüro West", "Eisenacher Tafel", "ThINKA Stadtteilzentrum Eisenach-Ost – Sozialberatung und Café", "Jobcenter Wartburgkreis – Standort Eisenach"]],
  ["Hunger", ["Eisenacher Tafel"]],
];

/** Floors for the precision table: the mean, and every single need word. */
const MEAN_PRECISION_FLOOR = 0.75;
const QUERY_PRECISION_FLOOR = 0.3;

describe("precision@10 of need words", () => {
  it("finds relevant offers for every need word, first", async () => {
    const rows = [];
    for (const [q, relevantNames] of needTable) {
      const relevant = new Set(relevantNames.map(id));
      const res = await offersIndex().search(q, { ...residentSearchOptions, hitsPerPage: 10 });
      const shown = res.hits.length;
      const good = res.hits.filter((h) => relevant.has(h.id)).length;
      const irrelevant = res.hits.filter((h) => !relevant.has(h.id)).map((h) => h.name);
      rows.push({ q, total: res.totalHits ?? 0, shown, good, precision: shown ? good / shown : 0, firstRelevant: relevant.has(res.hits[0]?.id), irrelevant });
    }
    const mean = rows.reduce((s, r) => s + r.precision, 0) / rows.length;
    // The table the closing note quotes (printed on every run).
    console.log(
      ["| query | hits | relevant in top 10 | precision@10 |", "| --- | ---: | ---: | ---: |"]
        .concat(rows.map((r) => `| ${r.q} | ${r.total} | ${r.good}/${r.shown} | ${r.precision.toFixed(2)} |`))
        .concat([`| **mean** | | | **${mean.toFixed(2)}** |`])
        .join("\n"),
    );
    for (const r of rows) {
      expect.soft(r.shown, `"${r.q}" finds nothing`).toBeGreaterThan(0);
      expect.soft(r.firstRelevant, `first hit for "${r.q}" is not relevant`).toBe(true);
      expect.soft(r.precision, `"${r.q}": irrelevant ${r.irrelevant.join(" | ")}`).toBeGreaterThanOrEqual(QUERY_PRECISION_FLOOR);
    }
    expect(mean).toBeGreaterThanOrEqual(MEAN_PRECISION_FLOOR);
  });

  it("does not bury a correctly spelt word under typo matches (Schulden is not Schulen)", async () => {
    const res = await offersIndex().search("Schulden", { ...residentSearchOptions, hitsPerPage: 20 });
    const names = res.hits.map((h) => h.name);
    expect(names.slice(0, 2).sort()).toEqual([...SCHULDEN].sort());
    expect(names.filter((n) => /Kita|Kindertagesstätte|Jugendbüro|Ferienbetreuung|Schulsozialarbeit|Schulkinder/.test(n)), names.join(" | ")).toEqual([]);
    // A real typo keeps its tolerance.
    const typo = await offersIndex().search("Schuldnerbertung", { ...residentSearchOptions, hitsPerPage: 5 });
    expect(typo.hits.map((h) => h.id)).toEqual(expect.arrayContaining(SCHULDEN.map(id)));
  });

  it("finds offers by the name of a language they are offered in", async () => {
    for (const [q, code] of [["Ukrainisch", "uk"], ["arabisch", "ar"], ["Ukrainian", "uk"]] as const) {
      const res = await offersIndex().search(q, { ...residentSearchOptions, hitsPerPage: 50 });
      expect(res.hits.map((h) => h.id).sort(), q).toEqual(byLanguage(code).map(id).sort());
    }
  });
});
