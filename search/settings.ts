import type { Settings } from "meilisearch";
import { FACET_VALUES } from "./facet-values";
import { TRANSLATION_LOCALES } from "../i18n/locales";
import { knownWords, toMeiliSynonyms, type SynonymGroupData } from "./synonyms";

// Index settings as code, applied in one updateSettings call (idempotent) by sync and reindex.
// No German locale: Meilisearch 1.21's German splitter cuts unknown words into letter pairs and
// breaks typo tolerance (stack-notes). Compound parts come from the app-filled `searchTerms`.
// The synonyms are data (the SynonymGroup table, edited by reviewers): indexSettings() adds them.

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

// Translations are searched from every locale (a German query finds an English text and the other
// way round), ranked after the German originals: a match in the German name still comes first.
const translated = (field: "name" | "description") => TRANSLATION_LOCALES.map((l) => `translations.${l}.${field}`);

/** Everything but the synonyms, which come from the database (indexSettings). */
const offerIndexSettings = {
  searchableAttributes: [
    "name",
    "alternateName",
    ...translated("name"),
    "offerTypes",
    "searchTerms",
    "organizationName",
    "termLabels",
    "description",
    ...translated("description"),
    "eligibility",
    "street",
    "planningAreas",
    "languageNames",
  ],
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
    "hasLeichteSprache",
    "openDays",
    "openSlots",
    "hasPublicAddress",
    "_geo",
    FACET_VALUES,
    "shape",
    // The HSDS API's filters (search/hsds-services.ts).
    "organizationId",
    "modifiedAt",
    "termIds",
  ],
  sortableAttributes: ["name", "_geo", "lastVerifiedAt"],
  displayedAttributes: ["*"],
  // A match in the name outranks query words standing close together in a description.
  rankingRules: ["words", "typo", "attribute", "proximity", "sort", "exactness"],
  stopWords: GERMAN_STOP_WORDS,
  // Word distance counted per attribute, not per word pair: residents type one or two words, and
  // the pair database was the costliest part of indexing (20,000 offers: 10.5-11.4 s -> 8.0-9.7 s
  // for a rebuild; tests/integration/relevance.test.ts holds the ranking).
  proximityPrecision: "byAttribute",
  pagination: { maxTotalHits: 100_000 },
  // One attribute holds every facet's values (facet-values.ts): room for all of them.
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "alpha" } },
} satisfies Settings;

/** The index's settings with the synonym list (SynonymGroup rows), for one updateSettings call. */
export function indexSettings(groups: readonly SynonymGroupData[]): Settings {
  return { ...offerIndexSettings, ...synonymSettings(groups) };
}

/** The part of the settings the synonym list decides: the synonyms and the words without typo tolerance. */
export function synonymSettings(groups: readonly SynonymGroupData[]) {
  const synonyms = toMeiliSynonyms(groups);
  return {
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnWords: knownWords(synonyms) },
  } satisfies Settings;
}
