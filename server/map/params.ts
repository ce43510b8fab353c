import { z } from "zod";
import { coverageParamsSchema } from "../coverage/params";

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
