import type { Settings } from "meilisearch";

// Index settings as code, applied in one updateSettings call (idempotent) by sync and reindex.
// No German locale: Meilisearch 1.21's German splitter cuts unknown words into letter pairs and
// breaks typo tolerance (stack-notes). Compound parts come from the app-filled `searchTerms`.

const synonymPairs: [string, string][] = [
  ["sucht", "abhängigkeit"],
  ["senioren", "ältere menschen"],
  ["senioren", "rentner"],
  ["kita", "kindergarten"],
  ["kita", "kindertagesstätte"],
  ["schulden", "schuldnerberatung"],
  ["pflege", "betreuung"],
  ["jugendliche", "jugend"],
  ["migration", "zuwanderung"],
  ["behinderung", "beeinträchtigung"],
  ["frauenhaus", "gewaltschutz"],
  ["schwangerschaft", "schwanger"],
  ["erziehungsberatung", "familienberatung"],
];

function synonyms(pairs: [string, string][]) {
  const out: Record<string, string[]> = {};
  for (const [a, b] of pairs) {
    (out[a] ??= []).push(b);
    (out[b] ??= []).push(a);
  }
  return out;
}

export const offerIndexSettings: Settings = {
  searchableAttributes: ["name", "alternateName", "offerTypes", "searchTerms", "organizationName", "description", "eligibility", "street", "planningAreas"],
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
    "hasPublicAddress",
    "_geo",
  ],
  sortableAttributes: ["name", "_geo", "lastVerifiedAt"],
  displayedAttributes: ["*"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "für", "bei", "mit", "im", "in", "zu", "zur", "zum", "von", "vom", "am", "an", "auf", "ich", "mein", "meine"],
  synonyms: synonyms(synonymPairs),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "alpha" } },
};
