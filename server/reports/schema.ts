import { z } from "zod";
import { CONTROL_CHARS } from "../plain-text";
import { REPORT_EMAIL_MAX, REPORT_MESSAGE_MAX, REPORT_MESSAGE_MIN } from "./limits";

// The resident's "Fehler melden" form, validated on the server (the form repeats only the limits).

const trimmedOrNull = (v: unknown) => (typeof v === "string" ? v.trim() || null : v);

export const errorReportSchema = z.object({
  offerId: z.uuid({ error: "offer_not_found" }),
  message: z
    .string({ error: "too_short" })
    .transform((v) => v.replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, "").trim())
    .pipe(
      z
        .string()
        .min(REPORT_MESSAGE_MIN, { error: "too_short" })
        .max(REPORT_MESSAGE_MAX, { error: "too_long" }),
    ),
  replyEmail: z.preprocess(
    trimmedOrNull,
    z.email({ error: "invalid_email" }).max(REPORT_EMAIL_MAX, { error: "invalid_email" }).nullish(),
  ).transform((v) => v ?? null),
  /** Honeypot: hidden from people, so anything in it was typed by a bot. */
  website: z.string().nullish(),
});

export type ErrorReportInput = z.input<typeof errorReportSchema>;

/** A report id from a form (the inbox's "Erledigt" button). */
export const reportIdSchema = z.uuid();
