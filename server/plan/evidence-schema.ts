import "server-only";
import { z } from "zod";
import { plainText } from "../plain-text";
import { berlinDate } from "../offers/staleness";
import { MAX_EVIDENCE_BYTES } from "./evidence-file";

// The assessment form at the boundary. Fields arrive as a browser sends them: "ja"/"nein", a date
// input's yyyy-mm-dd, a note, and a file input (an empty File when nothing was chosen).

export const NOTE_MAX = 2000;

export type EvidenceErrorCode = "required" | "invalidDate" | "future" | "tooLong" | "noFile" | "empty" | "tooLarge" | "wrongType";
export type EvidenceErrors = Partial<Record<"fulfilled" | "assessedOn" | "note" | "document", EvidenceErrorCode>>;

const CODES = new Set<string>(["required", "invalidDate", "future", "tooLong", "noFile", "empty", "tooLarge", "wrongType"]);

const isoDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

const documentField = z
  .unknown()
  .transform((v, ctx) => {
    // Nothing chosen: the browser sends an empty file without a name (a hand-made request: nothing).
    if (v === undefined || v === null || v === "" || (v instanceof File && v.size === 0 && v.name === "")) return null;
    if (!(v instanceof File)) ctx.addIssue({ code: "custom", message: "noFile" });
    else if (v.size === 0) ctx.addIssue({ code: "custom", message: "empty" });
    else if (v.size > MAX_EVIDENCE_BYTES) ctx.addIssue({ code: "custom", message: "tooLarge" });
    return v instanceof File ? v : null;
  });

export const assessmentSchema = z.object({
  fulfilled: z.unknown().transform((v, ctx) => {
    if (v !== "ja" && v !== "nein") ctx.addIssue({ code: "custom", message: "required" });
    return v === "ja";
  }),
  assessedOn: z.unknown().transform((v, ctx) => {
    const day = typeof v === "string" ? v.trim() : "";
    if (day === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!isoDay(day)) ctx.addIssue({ code: "custom", message: "invalidDate" });
    // An assessment states what was found on a day that has come; a later day is a typo.
    else if (day > berlinDate()) ctx.addIssue({ code: "custom", message: "future" });
    return new Date(`${isoDay(day) ? day : "1970-01-01"}T00:00:00Z`);
  }),
  note: z.preprocess((v) => (typeof v === "string" ? v : ""), plainText().max(NOTE_MAX, "tooLong")).transform((v) => v || null),
  document: documentField,
});

/** The first problem of each field, as the form shows it. */
export function errorsOf(error: z.ZodError): EvidenceErrors {
  const errors: EvidenceErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0]) as keyof EvidenceErrors;
    errors[field] ??= (CODES.has(issue.message) ? issue.message : "required") as EvidenceErrorCode;
  }
  return errors;
}
