import { z } from "zod";
import { coverageParamsSchema, coverageQuery, type CoverageParams } from "../coverage/params";

// The map's GET parameters: the matrix's own (axis, filters, gap threshold) plus which of its
// columns colours the areas, by which measure, and whether the points show only that column's
// offers. Like the matrix, a malformed value falls back to its default instead of failing the page.

export const MAP_MEASURES = ["angebote", "plaetze", "vzae"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const mapParamsSchema = coverageParamsSchema.extend({
  /** Term code of the column; unknown or missing: the axis's first column. */
  spalte: z.preprocess(first, z.string().regex(/^[a-z0-9_-]{1,64}$/).optional().catch(undefined)),
  mass: z.preprocess(first, z.enum(MAP_MEASURES).catch("angebote")),
  /** "alle": every public place; default: only the places of the column's offers. */
  punkte: z.preprocess(first, z.enum(["spalte", "alle"]).catch("spalte")),
});
export type MapParams = z.output<typeof mapParamsSchema>;

/** The map's parameters as a query string (defaults left out), for links between map and matrix. */
export function mapQuery(p: MapParams & { spalte?: string }): string {
  const extra: Record<string, string> = {};
  if (p.spalte) extra.spalte = p.spalte;
  if (p.mass !== "angebote") extra.mass = p.mass;
  if (p.punkte !== "spalte") extra.punkte = p.punkte;
  return coverageQuery(p satisfies CoverageParams, extra);
}
