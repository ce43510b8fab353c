import { getTranslations } from "next-intl/server";
import type { WordPart } from "@/server/revisions/word-diff";

/**
 * The new text with what changed marked inside it: removed words struck through, added ones
 * underlined and bold, each also named for screen readers ("gestrichen:", "neu:"), so colour is
 * never the only sign.
 */
export async function WordDiffText({ parts }: { parts: WordPart[] }) {
  const t = await getTranslations("Review.detail");
  return (
    <span data-testid="word-diff">
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={i} className="bg-red-50 text-red-900 line-through">
            <span className="sr-only">{t("removedWords")} </span>
            {part.text}
          </del>
        ) : (
          <ins key={i} className="bg-green-50 font-semibold text-green-900 underline">
            <span className="sr-only">{t("addedWords")} </span>
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}
