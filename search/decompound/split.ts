// German compound splitter used at index time. Meilisearch matches words from their start only,
// so "stützpunkt" never finds "Pflegestützpunkt" unless the parts are indexed separately
// (stack-notes). Strategy, measured on the seeded catalogue:
// 1. Curated domain parts (lexicon.ts) with generic linking letters: the finest segmentation made
//    only of known parts wins (Glück|s|spiel|sucht, so "spielsucht" becomes a term too).
// 2. Only if that fails, one unknown part is allowed at the start or the end, cut where German
//    hyphenation allows a break and next to a known part of at least 4 letters
//    ("Hospiz|beratung", "Spiel|automaten"). Bogus parts and derivational endings are blocked.
// 3. Words on the no-split list (Hebamme, Generation, ...) are never cut, not even inside a
//    compound.
import { hyphenationPoints } from "./hyphenation";
import { BLOCKED_PARTS, LEXICON, LONGEST_FORM, NO_SPLIT, SILENT_PARTS } from "./lexicon";

export type Part = {
  /** The part as written in the word, linking letters included ("beratungs"). */
  surface: string;
  /** The part without its linking letters ("beratung"); equals surface for the last part. */
  stem: string;
  /** Dictionary form, when it differs in a way prefix search would miss ("häuser" -> "haus"). */
  lemma: string;
  known: boolean;
};

type Segmentation = { parts: Part[]; score: number };

const LINKS = ["s", "es", "n", "en", "e", "er", "ns"];
const INFLECTIONS = ["e", "n", "en", "s", "es", "er", "ern", "in", "innen", "nen", "rin", "rinnen", "erin", "erinnen"];
/** After these endings the linking s is the rule: "Gesundheits|amt", not "Gesundheit|samt". */
const TAKES_LINKING_S = /(ung|heit|keit|schaft|ion|tät)$/;
const DERIVATIONAL_ENDING = /^(lich|isch|bar|sam|haft|heit|keit|schaft|ung|tum|los|chen|lein|nis|ling|rin|erin|in|ig|end)(e|en|er|es|em|n|s|se|nen|innen|t|te|ten)?$/;
const MIN_PART = 3;
const MIN_UNKNOWN = 4;
/** A known part next to an unknown one must be this long: "Not|wendig" is no compound. */
const MIN_ANCHOR = 4;
const UNKNOWN_PENALTY = 0.5;
export const MIN_COMPOUND_LENGTH = 6;

function matchKnown(word: string, start: number, end: number, final: boolean) {
  const chunk = word.slice(start, end);
  const lemma = LEXICON.get(chunk);
  if (lemma) return { part: { surface: chunk, stem: chunk, lemma, known: true }, penalty: 0 };
  if (final) {
    for (const ending of INFLECTIONS) {
      const base = chunk.slice(0, -ending.length);
      if (chunk.endsWith(ending) && base.length >= MIN_PART && LEXICON.has(base)) {
        return { part: { surface: chunk, stem: chunk, lemma: LEXICON.get(base)!, known: true }, penalty: 0.05 };
      }
    }
    return null;
  }
  for (const link of LINKS) {
    const stem = chunk.slice(0, -link.length);
    if (!chunk.endsWith(link) || stem.length < MIN_PART || !LEXICON.has(stem)) continue;
    const penalty = link === "s" && TAKES_LINKING_S.test(stem) ? 0 : 0.1;
    return { part: { surface: chunk, stem, lemma: LEXICON.get(stem)!, known: true }, penalty };
  }
  const withE = LEXICON.get(chunk + "e"); // "Schul|kinder", "Sprach|kurs"
  if (withE) return { part: { surface: chunk, stem: chunk, lemma: withE, known: true }, penalty: 0.2 };
  return null;
}

/** Offsets strictly inside a no-split word occurring in `word`: no part may end there. */
function forbiddenCuts(word: string) {
  const cuts = new Set<number>();
  for (const keep of NO_SPLIT) {
    for (let at = word.indexOf(keep); at >= 0; at = word.indexOf(keep, at + 1)) {
      for (let i = at + 1; i < at + keep.length; i++) cuts.add(i);
    }
  }
  return cuts;
}

/** A word never starts with these: "Paten|schaftsprojekt", "Wohnungs|losenhilfe" are wrong cuts. */
const SUFFIX_START = /^(schaft|heit|keit|ung|lich|isch|los)/;

function isPlausibleUnknown(chunk: string, position: "first" | "last") {
  if (chunk.length < MIN_UNKNOWN || !/[aeiouäöüy]/.test(chunk) || BLOCKED_PARTS.has(chunk)) return false;
  return !DERIVATIONAL_ENDING.test(chunk) && !(position === "last" && SUFFIX_START.test(chunk));
}

const better = (a: Segmentation | undefined, b: Segmentation) => !a || b.score > a.score + 1e-9;

/** Best segmentations of every suffix word[i..] into known parts (index = start offset). */
function knownSuffixes(word: string, forbidden: Set<number>) {
  const n = word.length;
  const best: (Segmentation | undefined)[] = new Array(n + 1);
  best[n] = { parts: [], score: 0 };
  for (let i = n - MIN_PART; i >= 0; i--) {
    if (i > 0 && forbidden.has(i)) continue;
    for (let j = i + MIN_PART; j <= Math.min(n, i + LONGEST_FORM + 3); j++) {
      const rest = best[j];
      if (!rest || (j < n && forbidden.has(j))) continue;
      const m = matchKnown(word, i, j, j === n);
      if (!m) continue;
      const candidate = { parts: [m.part, ...rest.parts], score: 1 - m.penalty + rest.score };
      if (better(best[i], candidate)) best[i] = candidate;
    }
  }
  return best;
}

/** Best segmentations of every prefix word[..j] into known, non-final parts (index = end). */
function knownPrefixes(word: string, forbidden: Set<number>) {
  const n = word.length;
  const best: (Segmentation | undefined)[] = new Array(n + 1);
  best[0] = { parts: [], score: 0 };
  for (let j = MIN_PART; j < n; j++) {
    if (forbidden.has(j)) continue;
    for (let i = Math.max(0, j - LONGEST_FORM - 3); i <= j - MIN_PART; i++) {
      const head = best[i];
      if (!head) continue;
      const m = matchKnown(word, i, j, false);
      if (!m) continue;
      const candidate = { parts: [...head.parts, m.part], score: head.score + 1 - m.penalty };
      if (better(best[j], candidate)) best[j] = candidate;
    }
  }
  return best;
}

function unknownPart(surface: string): Part {
  return { surface, stem: surface, lemma: surface, known: false };
}

/** One unknown part at the start or the end, cut only at a hyphenation point. */
function splitWithOneUnknown(word: string, forbidden: Set<number>, suffixes: (Segmentation | undefined)[]) {
  const prefixes = knownPrefixes(word, forbidden);
  let best: Segmentation | undefined;
  for (const cut of hyphenationPoints(word)) {
    if (forbidden.has(cut)) continue;
    const head = word.slice(0, cut);
    const rest = suffixes[cut];
    if (rest && rest.parts[0].lemma.length >= MIN_ANCHOR && isPlausibleUnknown(head, "first")) {
      const candidate = { parts: [unknownPart(head), ...rest.parts], score: rest.score - UNKNOWN_PENALTY };
      if (better(best, candidate)) best = candidate;
    }
    const tail = word.slice(cut);
    const known = prefixes[cut];
    if (known && known.parts.length > 0 && known.parts[known.parts.length - 1].lemma.length >= MIN_ANCHOR && isPlausibleUnknown(tail, "last")) {
      const candidate = { parts: [...known.parts, unknownPart(tail)], score: known.score - UNKNOWN_PENALTY };
      if (better(best, candidate)) best = candidate;
    }
  }
  return best;
}

/** Splits a lower-case word into compound parts, or returns null if it is no compound. */
export function splitCompound(word: string): Part[] | null {
  if (word.length < MIN_COMPOUND_LENGTH || NO_SPLIT.has(word)) return null;
  const forbidden = forbiddenCuts(word);
  const suffixes = knownSuffixes(word, forbidden);
  const allKnown = suffixes[0];
  if (allKnown && allKnown.parts.length >= 2) return allKnown.parts;
  if (allKnown) return null; // a known word with an inflection ending
  return splitWithOneUnknown(word, forbidden, suffixes)?.parts ?? null;
}

/**
 * The terms a compound adds to the index: every run of adjacent parts except the whole word
 * (parts, tails and modifiers), a non-final run with and without its linking letters, and the
 * head's dictionary form where prefix search would not reach it. Lower case, no duplicates.
 */
export function termsOfParts(word: string, parts: Part[]): string[] {
  const terms = new Set<string>();
  const last = parts.length - 1;
  for (let from = 0; from <= last; from++) {
    let run = "";
    for (let to = from; to <= last; to++) {
      const part = parts[to];
      const joined = run + part.surface;
      if (from === 0 && to === last) break;
      if (from === to && SILENT_PARTS.has(part.stem)) {
        run = joined;
        continue;
      }
      terms.add(joined);
      if (to < last) {
        terms.add(run + part.stem);
        if (part.lemma.length > part.stem.length && part.lemma.startsWith(part.stem)) terms.add(run + part.lemma);
      } else if (!part.surface.startsWith(part.lemma)) {
        terms.add(run + part.lemma);
      }
      run = joined;
    }
  }
  terms.delete(word);
  return [...terms];
}

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;
const NONE: readonly string[] = [];

/** Compound terms of one word (any case), cached: index time sees the same words again and again. */
export function compoundTerms(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const hit = cache.get(lower);
  if (hit) return hit;
  const parts = lower.length >= MIN_COMPOUND_LENGTH ? splitCompound(lower) : null;
  const terms = parts ? termsOfParts(lower, parts) : NONE;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, terms);
  return terms;
}
