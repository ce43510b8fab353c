import { z } from "zod";
import { coverageParamsSchema } from "../coverage/params";
import { weightFields, type GapWeights } from "./weights";

// The gap ranking's GET parameters (/planung/luecken and its CSV) besides the weights
// (./weights.ts). Bad values fall back to their defaults, as on the coverage pages; `szenario`
// is the matrix's own parameter (server/coverage/params.ts), checked by server/scenarios.

export const GAP_AXES = ["handlungsfeld", "lebensphase"] as const;
export type GapAxis = (typeof GAP_AXES)[number];
/** Window of the demand signal in days (the thin-search log keeps 180 by default). */
export const DEMAND_WINDOWS = ["30", "90", "180", "365"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const gapParamsSchema = z.object({
  achse: z.preprocess(first, z.enum(GAP_AXES).catch("handlungsfeld")),
  tage: z.preprocess(first, z.enum(DEMAND_WINDOWS).catch("180")).transform(Number),
  /** A saved weight setting (GapWeighting.id) to start from; parameters in the URL override it. */
  einstellung: z.preprocess(first, z.uuid().optional().catch(undefined)),
  szenario: coverageParamsSchema.shape.szenario,
});
export type GapParams = z.output<typeof gapParamsSchema>;

/** The view's parameters that differ from their defaults (axis, window, scenario), as form fields. */
export function gapViewFields(p: GapParams): [string, string][] {
  const fields: [string, string][] = [];
  if (p.achse !== "handlungsfeld") fields.push(["achse", p.achse]);
  if (p.tage !== 180) fields.push(["tage", String(p.tage)]);
  if (p.szenario) fields.push(["szenario", p.szenario]);
  return fields;
}

/**
 * The ranking as a query string with every weight spelled out (no `einstellung`), so a link or
 * the CSV shows exactly these figures even after the saved setting changes.
 */
export function gapQuery(p: GapParams, weights: GapWeights): string {
  return `?${new URLSearchParams([...gapViewFields(p), ...weightFields(weights)]).toString()}`;
}
