import { z } from "zod";
import { REVIEW_COMMENT_MAX, REVIEW_COMMENT_MIN } from "./form";

export const revisionIdSchema = z.uuid();

export const reviewCommentSchema = z
  .string()
  .trim()
  .min(REVIEW_COMMENT_MIN, { error: "too_short" })
  .max(REVIEW_COMMENT_MAX, { error: "too_long" });
