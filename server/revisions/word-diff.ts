import { diffWordsWithSpace } from "diff";

// Where a long text changed, word by word: a reviewer should not have to compare two paragraphs by
// eye. jsdiff (pinned in package.json) does the diffing; this file only decides when it helps.

export type WordPart = { kind: "same" | "added" | "removed"; text: string };

/** Texts with at least this many words are compared word by word; shorter ones side by side. */
const MIN_WORDS = 4;

const words = (text: string) => text.trim().split(/\s+/).length;

/** The word-level changes from `before` to `after`, or null where a side-by-side view says enough. */
export function wordDiff(before: unknown, after: unknown): WordPart[] | null {
  if (typeof before !== "string" || typeof after !== "string") return null;
  if (Math.max(words(before), words(after)) < MIN_WORDS) return null;
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}
