import type { Settings } from "meilisearch";
import { FACET_VALUES } from "./facet-values";
import { NEED_WORDS } from "./need-words";

// Index settings as code, applied in one updateSettings call (idempotent) by sync and reindex.
// No German locale: Meilisearch 1.21's German splitter cuts unknown words into letter pairs and
// breaks typo tolerance (stack-notes). Compound parts come from the app-filled `searchTerms`.

// Words residents use for the same thing, German, in both directions: every word of a group is a
// synonym of every other (Meilisearch does not chain synonyms, so each direction is listed).
const synonymGroups: string[][] = [
  ["sucht", "abhängigkeit", "abhängig", "süchtig"],
  ["senioren", "seniorinnen", "ältere menschen", "alte menschen", "rentner", "rentnerin"],
  ["kita", "kitas", "kindergarten", "kindertagesstätte", "kindertagesstätten"],
  ["schulden", "schuldnerberatung", "überschuldung", "verschuldet"],
  ["jugendliche", "jugend", "teenager", "junge menschen"],
  ["migration", "zuwanderung", "zugewanderte", "migranten", "geflüchtete", "flüchtlinge"],
  ["behinderung", "beeinträchtigung", "handicap"],
  ["frauenhaus", "frauenhäuser", "gewaltschutz", "häusliche gewalt", "häuslicher gewalt"],
  ["schwangerschaft", "schwanger", "schwangere"],
  ["erziehungsberatung", "familienberatung", "elternberatung"],
  ["ehrenamt", "ehrenamtlich", "freiwilligenarbeit", "freiwillig"],
  ["tafel", "lebensmittelausgabe"],
  ["jobcenter", "arbeitsamt", "bürgergeld", "arbeitslosengeld"],
  ["hebamme", "geburtshilfe"],
  ["kinderschutz", "kindeswohl"],
  ["demenz", "alzheimer"],
  ["pflegestützpunkt", "pflegeberatung"],
  ["jugendzentrum", "jugendclub", "jugendhaus", "jugendtreff"],
  ["tagesmutter", "tagesmütter", "kindertagespflege"],
  ["trennung", "scheidung"],
  ["einsamkeit", "einsam"],
  // Eisenach has no Wohngeldstelle offer of its own; the Sozialberatung helps with Wohngeld.
  ["wohngeld", "wohngeldstelle", "wohngeldantrag"],
];

// One way only: "Hilfe bei Schulden" means counselling, but "Beratung" is not any help.
const oneWaySynonyms: Record<string, string[]> = {
  hilfe: ["beratung", "unterstützung"],
};

// Filler words of everyday queries ("ich brauche Hilfe bei Sucht"). They matter more than usual:
// with matchingStrategy "frequency" the query's rarest word is never dropped, so a rare filler
// such as "brauche" would decide the result on its own. Stop words are left out of the index too.
export const GERMAN_STOP_WORDS = `
  der die das den dem des ein eine einen einem einer eines und oder für bei mit im in ins zu zur
  zum von vom am an auf aus nach um über als wie wo was wer wann welche welcher welches
  ich du er sie es wir ihr man mich mir dich dir uns euch mein meine meinen meinem meiner unser
  unsere bin bist ist sind war habe hast hat haben hatte kann kannst können möchte möchten will
  wollen muss müssen brauche brauchen suche suchen finde finden gibt bitte hier jemand etwas
  mal noch auch schon sehr nur so
`.split(/\s+/).filter(Boolean);

function synonyms(groups: string[][], ...oneWay: Record<string, string[]>[]) {
  const out: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) (out[word] ??= []).push(...group.filter((w) => w !== word));
  for (const map of oneWay) for (const [word, alternatives] of Object.entries(map)) (out[word] ??= []).push(...alternatives);
  for (const word of Object.keys(out)) out[word] = [...new Set(out[word])].filter((w) => w !== word);
  return out;
}

const allSynonyms = synonyms(synonymGroups, oneWaySynonyms, NEED_WORDS);

/**
 * The curated vocabulary: every one-word entry of the synonym and need-word lists. These are words
 * we know to be spelt right, so a query word among them gets no typo tolerance ("Schulden" must not
 * also find "Schulen" and bury the debt counselling under Kitas); a misspelt word ("Schuldnerbertung")
 * is not in the list and keeps it.
 */
export const KNOWN_WORDS = [...new Set(Object.entries(allSynonyms).flat(2))].filter((w) => !w.includes(" ")).sort();

export const offerIndexSettings: Settings = {
  searchableAttributes: ["name", "alternateName", "offerTypes", "searchTerms", "organizationName", "description", "eligibility", "street", "planningAreas", "languageNames"],
  filterableAttributes: [
    "handlungsfeld",
    "lebensphase",
    "planungsraum",
    "angebotsart",
    "free",
    "languages",
    "channels",
    "stepFree",
    "anonymousPossible",
    "openDays",
    "openSlots",
    "hasPublicAddress",
    "_geo",
    FACET_VALUES,
    "shape",
  ],
  sortableAttributes: ["name", "_geo", "lastVerifiedAt"],
  displayedAttributes: ["*"],
  // A match in the name outranks query words standing close together in a description.
  rankingRules: ["words", "typo", "attribute", "proximity", "sort", "exactness"],
  stopWords: GERMAN_STOP_WORDS,
  synonyms: allSynonyms,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnWords: KNOWN_WORDS },
  pagination: { maxTotalHits: 100_000 },
  // One attribute holds every facet's values (facet-values.ts): room for all of them.
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "alpha" } },
};
