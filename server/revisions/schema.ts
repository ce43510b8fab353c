import { z } from "zod";
import { plainText } from "../plain-text";
import { REVIEW_COMMENT_MAX, REVIEW_COMMENT_MIN } from "./form";

export const revisionIdSchema = z.uuid();

const reviewCommentSchema = plainText()
  .min(REVIEW_COMMENT_MIN, { error: "too_short" })
  .max(REVIEW_COMMENT_MAX, { error: "too_long" });

/** A reviewer's comment on sending a change back: the trimmed text, or why it is refused. */
export function parseReviewComment(comment: unknown): { ok: true; comment: string } | { ok: false; error: "too_short" | "too_long" } {
  const parsed = reviewCommentSchema.safeParse(typeof comment === "string" ? comment : "");
  if (parsed.success) return { ok: true, comment: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message === "too_long" ? "too_long" : "too_short" };
}
