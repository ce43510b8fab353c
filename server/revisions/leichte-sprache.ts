// Loose checks for text in Leichte Sprache (easy-to-read German), after the Netzwerk Leichte
// Sprache's rules that a program can approximate: short sentences, one statement per sentence,
// long words split (Binde-Strich or Medio·punkt), active voice, positive wording. Hints only:
// they never stop a save, and a person decides. Pure and without server code: the offer form runs
// it live in the browser and on the server for the first render (so it works without JavaScript).

export type LeichteSpracheRule = "long_sentence" | "many_statements" | "long_word" | "passive" | "negation";
export type LeichteSpracheHint = { rule: LeichteSpracheRule; /** The sentence (shortened) or word concerned. */ text: string; /** Words in the sentence (long_sentence). */ words?: number };

export const MAX_SENTENCE_WORDS = 15;
export const MAX_WORD_LETTERS = 20;
const EXCERPT = 60;

// Words that join statements; with commas they show a sentence saying several things.
const JOINERS = new Set(["und", "oder", "aber", "sondern", "denn", "weil", "dass", "wenn", "falls", "damit", "obwohl", "sowie", "sodass", "nachdem", "bevor", "während", "welche", "welcher", "welches"]);
const PASSIVE_AUX = new Set(["wird", "werden", "wurde", "wurden", "worden", "werde"]);
const NEGATIONS = new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "niemand"]);

const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1).trimEnd()}…` : s);

/** Sentences: split after . ! ? : and at line breaks (lists in Leichte Sprache are one line each). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

const wordsOf = (sentence: string) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}·\-‐]*/gu) ?? [];

/** A participle after a form of "werden" in the same sentence ("wird ... geprüft", "werden ... beraten"). */
function looksPassive(words: string[]) {
  const aux = words.findIndex((w) => PASSIVE_AUX.has(w.toLowerCase()));
  // ge-...-t/-en, also after a separable prefix ("geprüft", "angeboten"), -iert ("informiert"), or an inseparable prefix with -t
  // ("bezahlt", "erklärt"); "werden" + infinitive (future: "wir werden helfen") does not match.
  const participle = (w: string) =>
    /^(an|auf|aus|ab|bei|ein|mit|nach|vor|zu|zurück|weg|her|hin|um|durch|dar)?ge\p{L}{2,}(t|en)$/u.test(w) ||
    /^\p{L}+iert$/u.test(w) ||
    /^(be|ver|er|ent|zer|emp)\p{L}{2,}t$/u.test(w);
  return aux >= 0 && words.slice(aux + 1).some((w) => participle(w.toLowerCase()));
}

/** The hints for one text, in reading order; the same long word is named once. */
export function leichteSpracheHints(text: string | null | undefined): LeichteSpracheHint[] {
  if (!text?.trim()) return [];
  const hints: LeichteSpracheHint[] = [];
  const seenWords = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence);
    const short = excerpt(sentence);
    if (words.length > MAX_SENTENCE_WORDS) hints.push({ rule: "long_sentence", text: short, words: words.length });
    const joins = (sentence.match(/[,;]/g) ?? []).length + words.filter((w) => JOINERS.has(w.toLowerCase())).length;
    if (joins >= 2) hints.push({ rule: "many_statements", text: short });
    for (const w of words) {
      const letters = w.replace(/[^\p{L}]/gu, "");
      if (letters.length > MAX_WORD_LETTERS && !/[-‐·]/.test(w) && !seenWords.has(w)) {
        seenWords.add(w);
        hints.push({ rule: "long_word", text: w });
      }
    }
    if (looksPassive(words)) hints.push({ rule: "passive", text: short });
    if (words.some((w) => NEGATIONS.has(w.toLowerCase()))) hints.push({ rule: "negation", text: short });
  }
  return hints;
}
