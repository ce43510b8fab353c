// Synonym groups (the SynonymGroup table, edited by reviewers) as Meilisearch settings. Pure, so
// the unit tests and the seed check can use it without a database.

export type SynonymKind = "EQUIVALENT" | "ONE_WAY";
export type SynonymGroupData = { kind: SynonymKind; words: readonly string[]; targets: readonly string[] };

/**
 * A word as Meilisearch compares it: lower case (Cyrillic, Arabic and Farsi script kept), composed
 * Unicode, single spaces. An entry of several words matches only as a phrase.
 */
export function normaliseSynonym(word: string) {
  return word.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Meilisearch's `synonyms` setting: each word of an EQUIVALENT group maps to every other word of
 * it (Meilisearch does not chain synonyms, so each direction is written out), each word of a
 * ONE_WAY group to its targets only. Groups sharing a word are merged for that word.
 */
export function toMeiliSynonyms(groups: readonly SynonymGroupData[]): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (word: string, alternatives: readonly string[]) => {
    const set = out.get(word) ?? new Set<string>();
    for (const a of alternatives) if (a !== word) set.add(a);
    out.set(word, set);
  };
  for (const group of groups) {
    const words = group.words.map(normaliseSynonym).filter(Boolean);
    const targets = group.targets.map(normaliseSynonym).filter(Boolean);
    for (const word of words) add(word, group.kind === "EQUIVALENT" ? words : targets);
  }
  const sorted: Record<string, string[]> = {};
  for (const word of [...out.keys()].sort()) if (out.get(word)!.size) sorted[word] = [...out.get(word)!].sort();
  return sorted;
}

/**
 * The curated vocabulary: every one-word entry of the synonym list. These are words we know to
 * be spelt right, so a query word among them gets no typo tolerance ("Schulden" must not also find
 * "Schulen" and bury the debt counselling under Kitas); a misspelt word ("Schuldnerbertung") is
 * not in the list and keeps it.
 */
export function knownWords(synonyms: Record<string, string[]>) {
  return [...new Set(Object.entries(synonyms).flat(2))].filter((w) => !w.includes(" ")).sort();
}
