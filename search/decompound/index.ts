// Fills an offer document's `searchTerms`: the compound parts, tails and modifiers of its words,
// so that Meilisearch (which matches from a word's start) finds "stützpunkt" in
// "Pflegestützpunkt". Terms of the name-level fields come first: Meilisearch ranks a match near
// the start of an attribute higher.
import { compoundTerms, MIN_COMPOUND_LENGTH, splitCompound, type Part } from "./split";

export { compoundTerms, splitCompound } from "./split";

/** Upper bound of terms taken from descriptive fields; name-level terms are always kept. */
export const MAX_DESCRIPTIVE_TERMS = 48;

/** A word with its internal hyphens ("Eltern-Kind-Zentrum"), possibly cut ("Schuldner-"). */
const TOKEN = /\p{L}+(?:-\p{L}+)*-?/gu;
const CONJUNCTIONS = new Set(["und", "oder", "sowie", "bzw", "als", "auch"]);

function wordsOf(token: string) {
  return token.toLowerCase().split("-").filter(Boolean);
}

/**
 * Completes German cut-off compounds: "Schuldner- und Verbraucherinsolvenzberatung" stands for
 * "Schuldnerberatung" (and "Schuldnerinsolvenzberatung"); "Kinder- und Jugendzentrum" for
 * "Kinderzentrum". The cut word gets every tail of the next full compound.
 */
export function completedCutWords(text: string): { cut: string; word: string }[] {
  const tokens = text.match(TOKEN) ?? [];
  const out: { cut: string; word: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].endsWith("-")) continue;
    const cut = wordsOf(tokens[i]).at(-1);
    let k = i + 1;
    while (k < tokens.length && (tokens[k].endsWith("-") || CONJUNCTIONS.has(tokens[k].toLowerCase()))) k++;
    const full = k < tokens.length ? wordsOf(tokens[k])[0] : undefined;
    const parts = full ? cachedSplit(full) : null;
    if (!cut || !parts) continue;
    for (let from = 1; from < parts.length; from++) out.push({ cut, word: cut + parts.slice(from).map((p) => p.surface).join("") });
  }
  return out;
}

/** Words long enough to be compounds; hyphens and punctuation separate words. */
const LONG_WORD = new RegExp(`\\p{L}{${MIN_COMPOUND_LENGTH},}`, "gu");
/** A cut-off compound needs a hyphen before a space or comma; most texts have none. */
const HAS_CUT_WORD = /\p{L}-[\s,]/u;

const splitCache = new Map<string, Part[] | null>();

/** splitCompound with a cache; completed cut words repeat across offers like other words. */
function cachedSplit(word: string) {
  let parts = splitCache.get(word);
  if (parts === undefined) {
    parts = splitCompound(word);
    if (splitCache.size >= 50_000) splitCache.clear();
    splitCache.set(word, parts);
  }
  return parts;
}

function addTermsOfText(text: string, into: Set<string>, knownWords: Set<string>) {
  for (const word of text.toLowerCase().match(LONG_WORD) ?? []) {
    for (const term of compoundTerms(word)) if (!knownWords.has(term)) into.add(term);
  }
  if (!HAS_CUT_WORD.test(text)) return;
  // Only the completed word and its runs that keep the cut part ("erziehungsberatung" from
  // "Erziehungs- und Lebensberatungsstelle"): the other runs come from the full word already.
  for (const { cut, word } of completedCutWords(text)) {
    if (!knownWords.has(word)) into.add(word);
    for (const term of compoundTerms(word)) if (term.startsWith(cut) && term !== cut && !knownWords.has(term)) into.add(term);
  }
}

/**
 * Search terms of an offer: compound terms of the name-level fields (name, alternate name, offer
 * types) first, then at most MAX_DESCRIPTIVE_TERMS from the descriptive fields. Words already
 * present in the name-level fields are left out: they match there, in a higher-ranked attribute.
 */
export function searchTermsFor(nameFields: (string | null | undefined)[], descriptiveFields: (string | null | undefined)[]): string[] {
  const nameWords = new Set<string>();
  for (const text of nameFields) for (const w of text?.toLowerCase().match(/\p{L}+/gu) ?? []) nameWords.add(w);
  const primary = new Set<string>();
  for (const text of nameFields) if (text) addTermsOfText(text, primary, nameWords);
  const secondary = new Set<string>();
  for (const text of descriptiveFields) if (text) addTermsOfText(text, secondary, nameWords);
  const descriptive = [...secondary].filter((t) => !primary.has(t)).slice(0, MAX_DESCRIPTIVE_TERMS);
  return [...primary, ...descriptive];
}
