// The resident queries of the bench (issue 14), derived from a generated catalogue with their
// ground truth: a fixed, deterministic mix of every QueryKind in the site's own URL parameters
// (search/params.ts). Text, typo and compound queries are limited to one Planungsraum (as a
// resident in a town would tick it), so each knows its few relevant offers exactly.
import { GERMAN_STOP_WORDS } from "../../search/settings";
import { normalizePlace } from "../../server/geo/normalize-place";
import { prng, type Rng } from "./random";
import { QUERY_KINDS, type BenchQuery, type GeneratedCatalogue, type GeneratedOffer, type QueryKind } from "./types";

/** Relevant sets stay below this, so recall is exact with any engine's paging. */
const MAX_RELEVANT = 1000;
/** A query word is a content word: long enough, and not one of German's common function words. */
const MIN_WORD = 4;
const FUNCTION_WORDS = new Set([
  // The site's stop words are left out of the index on purpose ("suchen", "finden"): no resident finds an offer by them.
  ...GERMAN_STOP_WORDS,
  ...("aber alle allem allen aller alles also auch auf aus bei beim bis dass dem den der des die dies diese dieser dich doch dort durch eine einem einen einer eines euch für gegen haben hier ihre ihrem ihren ihrer ihr immer jede jeden jeder kann können mehr mich mit nach nicht noch oder ohne sehr sein seine sich sind sowie über und uns unser unsere unter viel vom von vor wenn werden wie wird wir zum zur zwischen").split(" "),
]);


// ---- misspellings
// What residents get wrong (Damerau 1964: most misspellings are one deletion, insertion,
// substitution or transposition; the first letter is seldom wrong, Pollock & Zamora 1984): one such
// edit, never on the first letter, in words of 5 letters or more (short words are mostly typed right,
// and one edit in them often makes another word). Substitutions and insertions use a neighbouring
// key on a German QWERTZ keyboard, or drop an umlaut's dots; an edit that makes another word of the
// catalogue is no misspelling and is not used. This is a rule about typists, chosen before looking
// at engines; it happens to lie within Meilisearch's documented tolerance (one typo from 5 letters,
// two from 9, a first-letter typo counting as two: meilisearch.com/docs/learn/relevancy/
// typo_tolerance_settings), so real traffic with first-letter or short-word typos would score lower.
const MIN_TYPO_WORD = 5;
const ROWS = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"];
const UMLAUTS: Record<string, string> = { ä: "a", ö: "o", ü: "u" };

function neighbours(c: string): string[] {
  const out: string[] = [];
  ROWS.forEach((row, r) => {
    const i = row.indexOf(c);
    if (i < 0) return;
    out.push(row[i - 1], row[i + 1], ROWS[r - 1]?.[i], ROWS[r - 1]?.[i + 1], ROWS[r + 1]?.[i], ROWS[r + 1]?.[i - 1]);
  });
  return out.filter((x): x is string => Boolean(x));
}

/** One realistic edit of `word` (lower case), never at its first letter; null if none applies. */
export function misspell(word: string, rng: Rng): string | null {
  const chars = [...word];
  const at = 1 + rng.int(chars.length - 1);
  const c = chars[at];
  switch (rng.int(4)) {
    case 0: // deletion
      return [...chars.slice(0, at), ...chars.slice(at + 1)].join("");
    case 1: // transposition with the next letter
      if (at + 1 >= chars.length || chars[at + 1] === c) return null;
      return [...chars.slice(0, at), chars[at + 1], c, ...chars.slice(at + 2)].join("");
    case 2: { // substitution
      const by = UMLAUTS[c] ?? rng.pick(neighbours(c).length ? neighbours(c) : [c]);
      return by === c ? null : [...chars.slice(0, at), by, ...chars.slice(at + 1)].join("");
    }
    default: // insertion: a doubled letter or a neighbouring key
      return [...chars.slice(0, at), rng.next() < 0.5 || !neighbours(c).length ? c : rng.pick(neighbours(c)), ...chars.slice(at)].join("");
  }
}

// ---- the catalogue as the index sees it

const isContentWord = (w: string) => [...w].length >= MIN_WORD && /^\p{L}+$/u.test(w) && !FUNCTION_WORDS.has(w);

/** Planungsräume a search finds the offer in, as search/document.ts sets them: served, or a public place there. */
function areasOf({ data }: GeneratedOffer): string[] {
  const placesPublic = (data.addressVisibility ?? "PUBLIC") === "PUBLIC";
  const places = placesPublic ? (data.locations ?? []).flatMap((l) => l.planningAreaCode ?? []) : [];
  return [...new Set([...(data.serviceAreaCodes ?? []), ...places])];
}

type Indexed = { offer: GeneratedOffer; areas: string[]; words: Set<string>; parts: Set<string> };

function indexCatalogue(catalogue: GeneratedCatalogue) {
  const offers: Indexed[] = catalogue.offers
    .filter((o) => (o.data.status ?? "active") === "active")
    .map((offer) => ({ offer, areas: areasOf(offer), words: new Set(offer.words), parts: new Set(offer.compounds.flatMap((c) => c.parts)) }))
    .filter((o) => o.areas.length > 0);
  const byArea = new Map<string, Indexed[]>();
  for (const o of offers) {
    for (const a of o.areas) {
      if (!byArea.has(a)) byArea.set(a, []);
      byArea.get(a)!.push(o);
    }
  }
  const vocabulary = new Set(catalogue.offers.flatMap((o) => o.words));
  const frequency = new Map<string, number>();
  for (const o of offers) for (const w of o.words) if (isContentWord(w)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const broad = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([w]) => w);
  const municipalities = new Map(catalogue.municipalities.map((m) => [m.key, m.name]));
  return { offers, byArea, vocabulary, broad, municipalities };
}
type Index = ReturnType<typeof indexCatalogue>;

const query = (params: [string, string | number][]) => new URLSearchParams(params.map(([k, v]) => [k, String(v)])).toString();

/** A text, typo or compound query in one Planungsraum, with the offers there that `matches`. */
function inArea(index: Index, area: string, kind: QueryKind, q: string, matches: (o: Indexed) => boolean, extra: [string, string][] = []): BenchQuery | null {
  const relevant = (index.byArea.get(area) ?? []).filter(matches).map((o) => o.offer.data.id);
  if (relevant.length === 0 || relevant.length >= MAX_RELEVANT) return null;
  return { kind, query: query([["q", q], ["planungsraum", area], ...extra]), relevant };
}

type Maker = (index: Index, rng: Rng) => BenchQuery | null;

const MAKERS: Record<QueryKind, Maker> = {
  // One or two correctly spelt words of an offer, a third of them with one of its Handlungsfelder ticked.
  text: (index, rng) => {
    const o = rng.pick(index.offers);
    const words = [...o.words].filter(isContentWord);
    if (!words.length) return null;
    const q = [rng.pick(words)];
    if (rng.next() < 0.25) q.push(rng.pick(words));
    const field = rng.next() < 0.33 ? o.offer.data.handlungsfelder?.[0] : undefined;
    return inArea(index, rng.pick(o.areas), "text", q.join(" "),
      (x) => q.every((w) => x.words.has(w)) && (!field || (x.offer.data.handlungsfelder ?? []).includes(field)),
      field ? [["handlungsfeld", field]] : []);
  },
  typo: (index, rng) => {
    const o = rng.pick(index.offers);
    const words = [...o.words].filter((w) => isContentWord(w) && [...w].length >= MIN_TYPO_WORD);
    if (!words.length) return null;
    const word = rng.pick(words);
    const typo = misspell(word, rng);
    if (!typo || index.vocabulary.has(typo)) return null;
    return inArea(index, rng.pick(o.areas), "typo", typo, (x) => x.words.has(word));
  },
  // A part of a compound typed on its own: two in three times the head ("Beratung", "Stützpunkt":
  // the kind of offer), else a modifier ("Sucht", "Schuldner": the topic). It stands for every offer
  // with the part as a word or inside a compound (parts as the generator gives them).
  compound: (index, rng) => {
    const o = rng.pick(index.offers);
    if (!o.offer.compounds.length) return null;
    const { parts } = rng.pick(o.offer.compounds);
    const part = rng.next() < 2 / 3 ? parts[parts.length - 1] : rng.pick(parts.slice(0, -1).length ? parts.slice(0, -1) : parts);
    if ([...part].length < MIN_WORD) return null;
    return inArea(index, rng.pick(o.areas), "compound", part, (x) => x.words.has(part) || x.parts.has(part));
  },
  // No text, one to three facets of one offer (so the result is never empty).
  facets: (index, rng) => {
    const o = rng.pick(index.offers);
    const d = o.offer.data;
    const options: [string, string][] = [["planungsraum", rng.pick(o.areas)]];
    if (d.handlungsfelder?.length) options.push(["handlungsfeld", rng.pick(d.handlungsfelder)]);
    if (d.lebensphasen?.length) options.push(["lebensphase", rng.pick(d.lebensphasen)]);
    if (d.angebotsarten?.length) options.push(["angebotsart", rng.pick(d.angebotsarten)]);
    if (d.free) options.push(["kostenlos", "1"]);
    const chosen = options.filter(() => rng.next() < 0.5).slice(0, 3);
    return { kind: "facets", query: query(chosen.length ? chosen : [rng.pick(options)]) };
  },
  // Near a town the site's geocoder knows, 5 km, nearest first; half of them with a broad word.
  place: (index, rng) => {
    const o = rng.pick(index.offers);
    const town = index.municipalities.get(o.offer.municipality);
    if (!town || normalizePlace(town).length < 2) return null; // e.g. "Eisenach": the site's own town, dropped from place names
    const params: [string, string][] = [["ort", town], ["umkreis", "5"], ["sort", "entfernung"]];
    return { kind: "place", query: query(rng.next() < 0.5 && index.broad.length ? [["q", rng.pick(index.broad)], ...params] : params) };
  },
  // One correctly spelt word of an offer and nothing else, anywhere in the state.
  bare: (index, rng) => {
    const words = [...rng.pick(index.offers).words].filter(isContentWord);
    return words.length ? { kind: "bare", query: query([["q", rng.pick(words)]]) } : null;
  },
  // Pages 2 to 5 of one of the catalogue's most frequent words.
  paging: (index, rng) => (index.broad.length ? { kind: "paging", query: query([["q", rng.pick(index.broad)], ["page", 2 + rng.int(4)]]) } : null),
};

/**
 * `size` queries (at least 200 by default: 280), the same number of each kind, interleaved, from
 * `seed`. Throws if the catalogue cannot give a kind (e.g. no compounds at all).
 */
export function buildQueryMix(catalogue: GeneratedCatalogue, { size = 280, seed = 1 }: { size?: number; seed?: number } = {}): BenchQuery[] {
  const rng = prng(seed);
  const index = indexCatalogue(catalogue);
  const perKind = QUERY_KINDS.map((kind, i) => {
    const n = Math.floor(size / QUERY_KINDS.length) + (i < size % QUERY_KINDS.length ? 1 : 0);
    const out: BenchQuery[] = [];
    for (let tries = 0; out.length < n; tries++) {
      if (tries > 100 * n + 1000) throw new Error(`bench queries: the catalogue gives too few ${kind} queries`);
      const made = MAKERS[kind](index, rng);
      if (made) out.push(made);
    }
    return out;
  });
  // Interleaved (text, typo, ..., text, typo, ...), so a timing run meets every kind throughout.
  return Array.from({ length: Math.max(...perKind.map((q) => q.length)) }, (_, i) => perKind.flatMap((q) => (i < q.length ? [q[i]] : []))).flat();
}
