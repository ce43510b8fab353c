import "server-only";
import { z } from "zod";
import { NotFoundError } from "../authz";
import type { MeasureStatus } from "../generated/prisma/enums";
import { plainText } from "../plain-text";

// The plan editing forms at the boundary: every field is a string from a form (anything else
// counts as empty), checked here; the errors are codes the page turns into messages next to the
// field. Ids that name a record are checked again against the period in the domain functions.

export const MEASURE_STATUSES = ["PLANNED", "IN_PROGRESS", "IMPLEMENTED", "ONGOING", "DELAYED", "DISCONTINUED"] as const satisfies readonly MeasureStatus[];
/** Most characters of a title, a statement, a line of text; of the evidence text. */
export const LIMITS = { title: 300, code: 40, short: 200, long: 5000, sources: 20 } as const;
export const ERROR_CODES = ["required", "tooLong", "tooMany", "unknown", "notInField", "hasCurrentItems", "parentRetired", "invalid"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type FieldErrors = Record<string, ErrorCode>;
export type EditResult<T = object> = ({ ok: true } & T) | { ok: false; errors: FieldErrors };

const text = (max: number) => plainText().max(max, "tooLong");
const required = (max: number) => text(max).min(1, "required");
/** An optional text: "" becomes null. */
const optional = (max: number) => text(max).transform((v) => v || null);
const uuid = z.uuid("unknown");

export const goalSchema = z.object({ title: required(LIMITS.title), handlungsfeldId: z.uuid("required") });
export const subGoalSchema = z.object({ title: required(LIMITS.title), goalId: z.uuid("required") });
export const indicatorSchema = z.object({ statement: required(LIMITS.title) });
export const retireSchema = z.object({ reason: optional(LIMITS.short) });
export const measureSchema = z.object({
  title: required(LIMITS.title),
  code: optional(LIMITS.code),
  handlungsfeldId: z.uuid("required"),
  subGoalId: z.union([z.literal("").transform(() => null), uuid]),
  timeframe: optional(LIMITS.short),
  status: z.enum(MEASURE_STATUSES, "required"),
  responsibleBody: optional(LIMITS.short),
  evidence: optional(LIMITS.long),
  // One source a line (a URL or a citation); empty lines are dropped.
  sources: z
    .string()
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(text(LIMITS.short)).max(LIMITS.sources, "tooMany")),
});

const formText = (v: unknown) => (typeof v === "string" ? v : "");

/** Parses a form's fields with `schema`: the data, or the first error code per field. */
export function parseForm<S extends z.ZodObject>(schema: S, input: Record<string, unknown>): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, formText(input[k])])));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const code = (ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as ErrorCode) : "invalid";
    errors[String(issue.path[0])] ??= code;
  }
  return { ok: false, errors };
}

/** A record id from a form or URL: a malformed one names nothing, like an unknown one. */
export function recordId(value: unknown, what: string): string {
  const id = uuid.safeParse(value);
  if (!id.success) throw new NotFoundError(what);
  return id.data;
}
