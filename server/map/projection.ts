import "server-only";
import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { boundaryGeometrySchema } from "../need-data/geojson";

// Planungsräume as SVG paths, projected on the server with d3-geo: no tiles, no third party, and
// the browser gets plain <path d="..."> it needs no script for. Mercator is conformal, and at a
// city's size (a few km) its scale error across the map is far below a pixel.

export type AreaShape = { d: string; labelX: number; labelY: number };
export type Projected = {
  width: number;
  height: number;
  shapes: Map<string, AreaShape>;
  /** Screen position of a point, or null outside the drawn frame. */
  project: (lon: number, lat: number) => [number, number] | null;
};

type Geometry = ReturnType<typeof boundaryGeometrySchema.parse>;
type Ring = number[][];

export const MAP_WIDTH = 800;
const PADDING = 16;
/** Tall shapes are squeezed into at most this height (relative to the width), so the map fits A4. */
const MAX_ASPECT = 1.2;

/**
 * d3-geo reads polygons on the sphere, where the exterior ring runs clockwise; GeoJSON (RFC 7946)
 * asks for counter-clockwise, and files in the wild have either. Read the wrong way round, a
 * district becomes "the whole earth except the district" and fills the map, so every polygon that
 * covers more than a hemisphere is turned round.
 */
function d3Winding(g: Geometry): Geometry {
  const fix = (rings: Ring[]) => (geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  return g.type === "Polygon" ? { type: "Polygon", coordinates: fix(g.coordinates) } : { type: "MultiPolygon", coordinates: g.coordinates.map(fix) };
}

/** The part a label goes on: a MultiPolygon's largest piece (its overall centroid may lie in between). */
function labelPart(g: Geometry): GeoPermissibleObjects {
  if (g.type === "Polygon") return g;
  const parts = g.coordinates.map((coordinates) => ({ type: "Polygon" as const, coordinates }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Stored polygons (PlanningArea.polygon) by area code; a missing or malformed one is left out. */
export function projectAreas(areas: { code: string; polygon: unknown }[]): Projected | null {
  const geometries = areas.flatMap((a) => {
    const parsed = boundaryGeometrySchema.safeParse(a.polygon);
    return parsed.success ? [{ code: a.code, geometry: d3Winding(parsed.data) }] : [];
  });
  if (geometries.length === 0) return null;
  const all: GeoPermissibleObjects = { type: "GeometryCollection", geometries: geometries.map((g) => g.geometry) };
  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * PADDING, all);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(all);
  const height = Math.round(Math.min(MAX_ASPECT * MAP_WIDTH, ((y1 - y0) / Math.max(x1 - x0, 1)) * (MAP_WIDTH - 2 * PADDING) + 2 * PADDING));
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    all,
  );
  const path = geoPath(projection).digits(1);
  const shapes = new Map(
    geometries.map(({ code, geometry }) => {
      const [labelX, labelY] = path.centroid(labelPart(geometry));
      return [code, { d: path(geometry) ?? "", labelX: Math.round(labelX), labelY: Math.round(labelY) }];
    }),
  );
  const project = (lon: number, lat: number): [number, number] | null => {
    const p = projection([lon, lat]);
    if (!p || p[0] < 0 || p[1] < 0 || p[0] > MAP_WIDTH || p[1] > height) return null;
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
  return { width: MAP_WIDTH, height, shapes, project };
}
