// Highlighted matches as plain segments, never as HTML strings: the page renders marked segments
// as <mark> elements and React escapes the text. Pure functions, safe for client components.
//
// Meilisearch marks matches in `_formatted` with the tags below (control characters that never
// occur in offer text, so no escaping is needed). A hit found through `searchTerms` (a compound
// part such as "stützpunkt") carries no mark in the name, so markName() marks it there itself.
import { GERMAN_STOP_WORDS } from "./settings";

export type Segment = { text: string; mark: boolean };

export const HIGHLIGHT_PRE_TAG = "\u0002";
export const HIGHLIGHT_POST_TAG = "\u0003";
/** Spread into the search parameters of a query whose `_formatted` values go to toSegments(). */
export const highlightTags = { highlightPreTag: HIGHLIGHT_PRE_TAG, highlightPostTag: HIGHLIGHT_POST_TAG } as const;

/** Splits a `_formatted` value into marked and unmarked text; stray or nested tags are dropped. */
export function toSegments(formatted: string, pre = HIGHLIGHT_PRE_TAG, post = HIGHLIGHT_POST_TAG): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (text) push(segments, text, mark);
    text = "";
  };
  for (let i = 0; i < formatted.length; ) {
    if (formatted.startsWith(pre, i)) {
      flush();
      mark = true;
      i += pre.length;
    } else if (formatted.startsWith(post, i)) {
      flush();
      mark = false;
      i += post.length;
    } else {
      text += formatted[i++];
    }
  }
  flush();
  return segments;
}

function push(segments: Segment[], text: string, mark: boolean) {
  const last = segments[segments.length - 1];
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

type Folded = { text: string; start: number[]; end: number[] };

const FOLD: Record<string, string> = { ä: "a", ö: "o", ü: "u", ß: "ss" };
const UMLAUT_SPELLING = /^(ae|oe|ue)/;

/**
 * Lower case, umlauts without dots, ß as ss, and ae/oe/ue as a/o/u, applied alike to name and
 * query, so "stuetzpunkt", "stutzpunkt" and "Stützpunkt" meet. Keeps each folded character's
 * range in the original text to map matches back.
 */
function fold(original: string): Folded {
  const out: Folded = { text: "", start: [], end: [] };
  for (let i = 0; i < original.length; ) {
    const spelled = UMLAUT_SPELLING.exec(original.slice(i, i + 2).toLowerCase());
    const width = spelled ? 2 : 1;
    const lower = original[i].toLowerCase();
    const replacement = spelled ? spelled[1][0] : (FOLD[lower] ?? lower);
    for (const ch of replacement) {
      out.text += ch;
      out.start.push(i);
      out.end.push(i + width);
    }
    i += width;
  }
  return out;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const STOP_WORDS = new Set(GERMAN_STOP_WORDS.map((w) => fold(w).text));
const MIN_WORD = 3;
/** Shorter query words only match at a word start: "rat" must not light up inside "Beratung". */
const MIN_INSIDE_WORD = 4;
const INFLECTION = /(en|er|e|n|s)$/;

function editDistanceAtMostOne(a: string, b: string) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Ranges [from, to) in the folded name matched by one folded query word. */
function matchesOf(name: string, word: string): [number, number][] {
  const allowedAt = (p: number) => !isLetter(name[p - 1]) || word.length >= MIN_INSIDE_WORD;
  const stem = word.replace(INFLECTION, "");
  for (const candidate of stem.length >= MIN_INSIDE_WORD && stem !== word ? [word, stem] : [word]) {
    const found: [number, number][] = [];
    for (let p = name.indexOf(candidate); p >= 0; p = name.indexOf(candidate, p + 1)) {
      if (allowedAt(p)) found.push([p, p + candidate.length]);
    }
    if (found.length) return found;
  }
  if (word.length < 5) return [];
  // One typo, as Meilisearch allows from 5 letters on: "stüzpunkt" still marks "stützpunkt".
  for (let p = 0; p < name.length; p++) {
    if (!allowedAt(p)) continue;
    for (const len of [word.length, word.length - 1, word.length + 1]) {
      if (p + len <= name.length && editDistanceAtMostOne(name.slice(p, p + len), word)) return [[p, p + len]];
    }
  }
  return [];
}

/**
 * Marks the query's words in a name, also inside compounds, case-insensitive and
 * umlaut-tolerant: query "stützpunkt" marks "stützpunkt" in "Pflegestützpunkt".
 */
export function markName(name: string, query: string): Segment[] {
  const folded = fold(name);
  const marked = new Array<boolean>(name.length).fill(false);
  const words = new Set((query.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => fold(w).text));
  for (const word of words) {
    if (word.length < MIN_WORD || STOP_WORDS.has(word)) continue;
    for (const [from, to] of matchesOf(folded.text, word)) {
      for (let i = folded.start[from]; i < folded.end[to - 1]; i++) marked[i] = true;
    }
  }
  return segmentsFromMarks(name, marked);
}

function segmentsFromMarks(text: string, marked: boolean[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) push(segments, text[i], marked[i]);
  return segments;
}

/**
 * The name as segments for a hit: Meilisearch's own marks (from `_formatted.name`) joined with
 * the compound parts markName() finds, since a match through `searchTerms` marks nothing there.
 */
export function highlightName(name: string, query: string, formattedName?: string): Segment[] {
  const own = markName(name, query);
  if (!formattedName) return own;
  const fromMeili = toSegments(formattedName);
  if (fromMeili.map((s) => s.text).join("") !== name) return own;
  const marked = new Array<boolean>(name.length).fill(false);
  let at = 0;
  for (const list of [fromMeili, own]) {
    at = 0;
    for (const s of list) {
      if (s.mark) for (let i = at; i < at + s.text.length; i++) marked[i] = true;
      at += s.text.length;
    }
  }
  return segmentsFromMarks(name, marked);
}
