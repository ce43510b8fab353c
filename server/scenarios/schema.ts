import { z } from "zod";
import { parseGermanNumber } from "../need-data/german-number";
import { plainText } from "../plain-text";

// The scenario forms' fields, checked at the boundary. Error messages are codes that the forms
// translate (Planning.scenarios.errors.*), each shown next to its field.

export const SCENARIO_NAME_MAX = 120;
export const SCENARIO_NOTE_MAX = 1000;
export const OFFER_NAME_MAX = 200;

// Control characters are dropped (PostgreSQL stores no NUL), as in every other form.
const text = (max: number) => plainText().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) =>
  plainText()
    .max(max, "tooLong")
    .default("")
    .transform((s) => s || null);
const code = z.string().regex(/^[a-z0-9_-]{1,64}$/, "unknown");

/** A German number field: empty is "unknown" (null); "1,5" and "1.234" read as German. */
const germanNumber = (opts: { max: number; integer: boolean }) =>
  z.string().transform((s, ctx) => {
    if (!s.trim()) return null;
    const n = parseGermanNumber(s);
    if (n === null) return (ctx.addIssue({ code: "custom", message: "notANumber" }), z.NEVER);
    if (n < 0 || n > opts.max) return (ctx.addIssue({ code: "custom", message: "outOfRange" }), z.NEVER);
    if (opts.integer && !Number.isInteger(n)) return (ctx.addIssue({ code: "custom", message: "notWhole" }), z.NEVER);
    return n;
  });

export const scenarioCreateSchema = z.object({ name: text(SCENARIO_NAME_MAX), note: optionalText(SCENARIO_NOTE_MAX) });
export type ScenarioCreateInput = z.output<typeof scenarioCreateSchema>;

export const hypotheticalOfferSchema = z.object({
  name: text(OFFER_NAME_MAX),
  area: code,
  angebotsart: z.union([z.literal("").transform(() => null), code]),
  handlungsfelder: z.array(code).min(1, "required").max(20, "tooMany"),
  lebensphasen: z.array(code).max(20, "tooMany"),
  places: germanNumber({ max: 100_000, integer: true }),
  fte: germanNumber({ max: 10_000, integer: false }),
});
export type HypotheticalOfferInput = z.output<typeof hypotheticalOfferSchema>;
export type HypotheticalOfferField = keyof HypotheticalOfferInput;
export type ScenarioCreateField = keyof ScenarioCreateInput;

export const uuidSchema = z.uuid();

/** The first error code per field, for the form. */
export function fieldErrors<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "") as F;
    errors[field] ??= issue.message;
  }
  return errors;
}
