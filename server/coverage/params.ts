import { z } from "zod";
import { CHANNELS } from "../offers/schema";

// The coverage pages' GET parameters (/planung/abdeckung, its CSV and its cell lists). Every value
// is checked here and only ever selects a fixed SQL fragment or travels as a query parameter; a
// missing, repeated or malformed parameter falls back to its default instead of failing the page.

export const COVERAGE_AXES = ["handlungsfeld", "lebensphase", "angebotsart"] as const;
export type CoverageAxis = (typeof COVERAGE_AXES)[number];

/** Rows that are not a Planungsraum: city-wide and regional offers, and local ones without any area. */
export const SPECIAL_ROWS = ["stadtweit", "regional", "ohne"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** A ticked checkbox sends "1" (or "on" from a form without a value). */
const flag = z.preprocess(first, z.enum(["1", "on", "true"]).optional().catch(undefined)).transform((v) => v !== undefined);
const code = z.preprocess(first, z.string().regex(/^[a-z0-9_-]{1,64}$/).optional().catch(undefined));

export const coverageParamsSchema = z.object({
  achse: z.preprocess(first, z.enum(COVERAGE_AXES).catch("handlungsfeld")),
  /** Gap threshold: a Planungsraum below this share (in %) of the city's rate is flagged. */
  schwelle: z.preprocess(first, z.coerce.number().int().min(0).max(100).catch(50)),
  kostenlos: flag,
  barrierefrei: flag,
  aufnahme: flag,
  kanal: z.preprocess(first, z.enum(CHANNELS).optional().catch(undefined)),
  /** A what-if scenario's id, as sent: server/scenarios checks it (malformed or unknown: 404). */
  szenario: z.preprocess(first, z.string().optional().catch(undefined)).transform((v) => v || undefined),
});
export type CoverageParams = z.output<typeof coverageParamsSchema>;

/** One cell: the matrix parameters plus the row (area code or special row) and column (term code). */
export const cellParamsSchema = coverageParamsSchema.extend({ raum: code, begriff: code });
export type CellParams = z.output<typeof cellParamsSchema>;

/** The parameters as a query string again, for links and the CSV (defaults left out). */
export function coverageQuery(p: CoverageParams, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (p.achse !== "handlungsfeld") q.set("achse", p.achse);
  if (p.schwelle !== 50) q.set("schwelle", String(p.schwelle));
  if (p.kostenlos) q.set("kostenlos", "1");
  if (p.barrierefrei) q.set("barrierefrei", "1");
  if (p.aufnahme) q.set("aufnahme", "1");
  if (p.kanal) q.set("kanal", p.kanal);
  if (p.szenario) q.set("szenario", p.szenario);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
