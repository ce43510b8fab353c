import { z } from "zod";
import { HsdsParamError } from "./errors";

// Query parameters of the HSDS API, checked at the boundary. Each endpoint declares the
// parameters the reference gives it; anything else (a typo like `per-page`, a repeated parameter)
// is a 400 naming it, so a consumer learns at once that its filter was not applied.

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;
const MAX_SEARCH_LENGTH = 200;
const MAX_NAME_SHOWN = 40;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const boolean = z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1");

export const hsdsParams = {
  page: integer(1, 1_000_000).optional().default(1),
  per_page: integer(1, MAX_PER_PAGE).optional().default(DEFAULT_PER_PAGE),
  search: z.string().trim().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).optional(),
  /** `json` is the only format served; `ndjson` (a stream of everything) is left to the dumps. */
  format: z.literal("json", { error: "only json is served (download everything at /api/hsds/dumps)" }).optional(),
  id: z.uuid({ error: "must be a UUID" }),
  optionalId: z.uuid({ error: "must be a UUID" }).optional(),
  flag: boolean.optional().default(false),
  modified_after: z.iso
    .datetime({ offset: true, local: true, error: "must be a date-time like 2026-12-01T00:00:00Z" })
    .or(z.iso.date({ error: "must be a date-time like 2026-12-01T00:00:00Z" }))
    .transform((v) => new Date(v))
    .optional(),
  postcode: z.string().regex(/^\d{5}$/, "must be a German postcode of five digits").optional(),
  /** Meters around the postcode's centre. */
  proximity: integer(1, 500_000).optional(),
};

/**
 * The request's query as the shape's output type. Throws HsdsParamError naming the first
 * parameter that is unknown, repeated or invalid.
 */
export function parseQuery<T extends z.ZodRawShape>(request: Request, shape: T): z.output<z.ZodObject<T>> {
  const query = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [name, value] of query) {
    // An unknown name is the client's, of any length: the answer names at most its start.
    const shown = name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
    if (!(name in shape)) throw new HsdsParamError(shown, `unknown parameter (this endpoint takes ${Object.keys(shape).join(", ") || "none"})`);
    if (name in raw) throw new HsdsParamError(shown, "given more than once");
    raw[name] = value;
  }
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HsdsParamError(String(issue.path[0] ?? "query"), issue.message);
  }
  return parsed.data;
}

/** A path id: a UUID; a malformed one is a bad parameter (400 naming `id`), not an unknown id. */
export function parseId(id: string): string {
  const parsed = hsdsParams.id.safeParse(id);
  if (!parsed.success) throw new HsdsParamError("id", parsed.error.issues[0]!.message);
  return parsed.data.toLowerCase();
}
