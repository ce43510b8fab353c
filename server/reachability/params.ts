import { z } from "zod";

// /planung/erreichbarkeit and its CSV: the planner's distance (km of estimated walk) within which
// an offer in another Planungsraum counts as covering an area. German input ("1,5") is accepted;
// anything else falls back to the default, as on the other planning pages.

export const DEFAULT_DISTANCE_KM = 1.5;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const decimal = (v: unknown) => (typeof v === "string" ? v.trim().replace(",", ".") : v);

export const reachabilityParamsSchema = z.object({
  abstand: z.preprocess((v) => decimal(first(v)), z.coerce.number().min(0.1).max(20).catch(DEFAULT_DISTANCE_KM)),
});
export type ReachabilityParams = z.output<typeof reachabilityParamsSchema>;

export const reachabilityQuery = (p: ReachabilityParams) => (p.abstand === DEFAULT_DISTANCE_KM ? "" : `?abstand=${p.abstand}`);
