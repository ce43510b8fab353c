import { z } from "zod";
import { normaliseSynonym } from "../../search/synonyms";
import { plainText } from "../plain-text";

// A synonym group as reviewers type it: words (and, one way, targets) one per line or separated by
// commas. Pure (no "server-only"): the seed's data passes the same rules (tests/unit/synonyms.test.ts).

export const SYNONYM_KINDS = ["EQUIVALENT", "ONE_WAY"] as const;
export const SYNONYM_ENTRY_MAX = 60;
export const SYNONYM_ENTRIES_MAX = 60;
export const SYNONYM_NOTE_MAX = 500;

export type SynonymErrorCode = "required" | "tooFew" | "tooMany" | "invalidEntry" | "tooLong" | "invalidKind";
export type SynonymField = "kind" | "words" | "targets" | "note";

// Letters of any script with their marks, digits, and inside an entry: spaces, hyphens and
// apostrophes ("eltern-kind", "сім'я", "alzheimer's"). Nothing Meilisearch would read as syntax.
const ENTRY = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}' ’\-]*$/u;

const entries = z
  .string()
  .max(SYNONYM_ENTRIES_MAX * (SYNONYM_ENTRY_MAX + 2), "tooLong")
  .transform((text) => [...new Set(text.split(/[\n,;]+/).map(normaliseSynonym).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(SYNONYM_ENTRY_MAX, "tooLong").regex(ENTRY, "invalidEntry"))
      .max(SYNONYM_ENTRIES_MAX, "tooMany"),
  );

export const synonymGroupInputSchema = z
  .object({
    kind: z.enum(SYNONYM_KINDS, "invalidKind"),
    words: entries,
    targets: entries,
    note: plainText().max(SYNONYM_NOTE_MAX, "tooLong"),
  })
  .transform((g) => ({ ...g, targets: g.kind === "EQUIVALENT" ? [] : g.targets, note: g.note || null }))
  .superRefine((g, ctx) => {
    if (g.kind === "EQUIVALENT" && g.words.length < 2) ctx.addIssue({ code: "custom", path: ["words"], message: g.words.length ? "tooFew" : "required" });
    if (g.kind === "ONE_WAY" && g.words.length === 0) ctx.addIssue({ code: "custom", path: ["words"], message: "required" });
    if (g.kind === "ONE_WAY" && g.targets.length === 0) ctx.addIssue({ code: "custom", path: ["targets"], message: "required" });
  });

export type SynonymGroupInput = z.output<typeof synonymGroupInputSchema>;

/** The form's fields of a stored group (one entry per line), for editing and for the seed check. */
export function synonymGroupFormValues(g: { kind: string; words: readonly string[]; targets: readonly string[]; note: string | null }) {
  return { kind: g.kind, words: g.words.join("\n"), targets: g.targets.join("\n"), note: g.note ?? "" };
}

/** The first error code per field of a refused input. */
export function synonymFieldErrors(error: z.ZodError): Partial<Record<SynonymField, SynonymErrorCode>> {
  const out: Partial<Record<SynonymField, SynonymErrorCode>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as SynonymField;
    const code = (["required", "tooFew", "tooMany", "invalidEntry", "tooLong", "invalidKind"] as const).find((c) => c === issue.message) ?? "invalidEntry";
    out[field] ??= code;
  }
  return out;
}
