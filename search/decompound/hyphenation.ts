// German hyphenation points (TeX patterns, 1996 spelling, via npm `hyphen`, ISC). The splitter
// only cuts off a part it does not know where German hyphenation allows a break, which keeps
// "Heb|amme"-like cuts inside syllables out.
import hyphenDe from "hyphen/de/index.js";

const SEPARATOR = "|";

/** Offsets inside `word` where a hyphen may go (between word[i-1] and word[i]). */
export function hyphenationPoints(word: string): Set<number> {
  const hyphenated = hyphenDe.hyphenateSync(word, { hyphenChar: SEPARATOR, minWordLength: 4 });
  const points = new Set<number>();
  let offset = 0;
  for (const ch of hyphenated) {
    if (ch === SEPARATOR) points.add(offset);
    else offset += ch.length;
  }
  return points;
}
