// Planungsraum boundaries as GeoJSON: a FeatureCollection with one Polygon or MultiPolygon per
// Planungsraum, named in a feature property. Checked completely (every feature, every ring) before
// anything is stored; the centre point for maps and "near me" is recomputed from the shape.
import centroid from "@turf/centroid";
import { z } from "zod";
import type { NeedDataError } from "./errors";
import type { AreaRef, Lookups } from "./row-schemas";

/** Property names that may carry the Planungsraum (code or name), tried in this order. */
export const AREA_PROPERTIES = ["planungsraum", "Planungsraum", "code", "name"] as const;

const position = z
  .array(z.number())
  .refine((p) => p.length >= 2 && p.length <= 3, "Eine Position braucht Länge und Breite")
  .refine((p) => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90, "Koordinate außerhalb von Länge ±180 / Breite ±90 (erst Länge, dann Breite)");
const ring = z
  .array(position)
  .min(4, "Ein Ring braucht mindestens vier Positionen")
  .refine((r) => r.length < 4 || (r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1]), "Ring ist nicht geschlossen (erste und letzte Position verschieden)");
const polygon = z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1, "Polygon ohne Ringe") });
const multiPolygon = z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1, "MultiPolygon ohne Flächen") });
/** A Planungsraum's boundary as stored in PlanningArea.polygon (the map reads it back with this too). */
export const boundaryGeometrySchema = z.discriminatedUnion("type", [polygon, multiPolygon], { error: "Geometrie muss Polygon oder MultiPolygon sein" });

export type Boundary = { area: AreaRef; polygon: z.output<typeof boundaryGeometrySchema>; centerLat: number; centerLon: number };

const collection = z.object({ type: z.literal("FeatureCollection", "Erwartet wird eine FeatureCollection"), features: z.array(z.unknown()).min(1, "Keine Features") });
const feature = z.object({ type: z.literal("Feature", "Kein Feature"), properties: z.record(z.string(), z.unknown()).nullable(), geometry: z.unknown() });

export function parseBoundaries(file: string, text: string, lookups: Lookups): { data: Boundary[] | null; errors: NeedDataError[] } {
  const err = (line: number | null, column: string | null, message: string): NeedDataError => ({ file, line, column, message, unit: "feature" });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { data: null, errors: [err(null, null, `Die Datei ist kein gültiges JSON (${(e as Error).message})`)] };
  }
  const top = collection.safeParse(json);
  if (!top.success) return { data: null, errors: [err(null, null, top.error.issues[0].message)] };

  const errors: NeedDataError[] = [];
  const boundaries: Boundary[] = [];
  const seen = new Map<string, number>();
  top.data.features.forEach((raw, i) => {
    const n = i + 1;
    const f = feature.safeParse(raw);
    if (!f.success) return errors.push(err(n, null, f.error.issues[0].message));
    const named = AREA_PROPERTIES.map((p) => f.data.properties?.[p]).find((v) => typeof v === "string" && v.trim());
    const area = typeof named === "string" ? lookups.area(named) : null;
    if (!area) errors.push(err(n, "Planungsraum", named ? `'${named}' ist kein bekannter Planungsraum` : `Eigenschaft ${AREA_PROPERTIES.join("/")} fehlt`));
    else if (seen.has(area.id)) errors.push(err(n, "Planungsraum", `${area.name} steht schon in Objekt ${seen.get(area.id)}`));
    else seen.set(area.id, n);
    const g = boundaryGeometrySchema.safeParse(f.data.geometry);
    if (!g.success) {
      // One line per kind of problem: a shape with 500 bad points needs one message, not 500.
      for (const message of new Set(g.error.issues.map((issue) => issue.message))) errors.push(err(n, "Geometrie", message));
      return;
    }
    if (area) {
      const [lon, lat] = centroid(g.data).geometry.coordinates;
      boundaries.push({ area, polygon: g.data, centerLat: lat, centerLon: lon });
    }
  });
  return errors.length ? { data: null, errors } : { data: boundaries, errors: [] };
}
