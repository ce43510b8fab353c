import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { getCoverageMatrix, type CoverageColumn, type GapKind } from "../coverage/matrix";
import type { CoverageParams } from "../coverage/params";
import type { ScenarioDelta } from "../scenarios/delta";
import { binIndex, colourBins, type ColourBin } from "./colour-scale";
import { mapParamsSchema, type MapMeasure, type MapParams } from "./params";
import { projectAreas, type AreaShape } from "./projection";
import { listPublicPoints } from "./public-points";

// The map of one matrix column: the figures come from getCoverageMatrix (nothing is counted a
// second time), the shapes from PlanningArea.polygon, the dots from the public places only. With
// a scenario: its figures; its removed offers' places are not drawn, and its hypothetical offers
// have no place, so no dot.

export type MapArea = {
  code: string;
  name: string;
  /** The chosen measure per 1,000 residents; null where residents or capacity are unknown. */
  value: number | null;
  offers: number;
  residents: number | null;
  gap: GapKind | null;
  /** Colour class (index into bins); null when the value is unknown. */
  bin: number | null;
  /** null: no boundary stored, so the area is only in the table. */
  shape: AreaShape | null;
  /** Public places drawn in this area. */
  points: number;
};
export type MapDot = { x: number; y: number; names: string[] };
export type CoverageMap = {
  params: MapParams;
  /** The matrix's own reading of the parameters (axis, filters, threshold). */
  coverage: CoverageParams;
  year: number | null;
  columns: CoverageColumn[];
  column: CoverageColumn | null;
  measure: MapMeasure;
  areas: MapArea[];
  bins: ColourBin[];
  /** Drawing size; null when no area has a boundary. */
  frame: { width: number; height: number } | null;
  dots: MapDot[];
  dotsTruncated: boolean;
};

const MEASURE_FIELD = { angebote: "offersPer1000", plaetze: "placesPer1000", vzae: "ftePer1000" } as const;

export async function getCoverageMap(actor: Actor | null, rawParams: unknown, locale = "de", scenario?: ScenarioDelta): Promise<CoverageMap> {
  assertCan(actor, "planning:read");
  const params = mapParamsSchema.parse(rawParams ?? {});
  // The raw parameters, not `params`: the matrix parses them itself (a parsed `true` is no "1").
  const [matrix, stored] = await Promise.all([
    getCoverageMatrix(actor, rawParams, locale, scenario),
    db.planningArea.findMany({ select: { code: true, polygon: true } }),
  ]);
  const index = Math.max(0, matrix.columns.findIndex((c) => c.code === params.spalte));
  const column = matrix.columns[index] ?? null;
  const projected = projectAreas(stored);
  const { points, truncated } = await listPublicPoints(matrix.params, params.punkte === "alle" ? null : (column?.code ?? null), scenario?.removedIds);

  const dots: MapDot[] = [];
  const pointsPerArea = new Map<string, number>();
  for (const p of points) {
    const xy = projected?.project(p.lon, p.lat);
    if (!xy) continue;
    dots.push({ x: xy[0], y: xy[1], names: p.names });
    if (p.areaCode) pointsPerArea.set(p.areaCode, (pointsPerArea.get(p.areaCode) ?? 0) + 1);
  }

  const rows = matrix.rows.filter((r) => r.kind === "area");
  const values = rows.map((r) => (column ? r.cells[index][MEASURE_FIELD[params.mass]] : null));
  const bins = colourBins(values.filter((v): v is number => v !== null));
  const areas = rows.map((row, i): MapArea => {
    const cell = column ? row.cells[index] : null;
    const value = values[i];
    return {
      code: row.key,
      name: row.name,
      value,
      offers: cell?.offers ?? 0,
      residents: cell?.residents ?? null,
      gap: cell?.gap ?? null,
      bin: value === null ? null : bins.length ? binIndex(bins, value) : 0,
      shape: projected?.shapes.get(row.key) ?? null,
      points: pointsPerArea.get(row.key) ?? 0,
    };
  });
  return {
    params: { ...params, spalte: column?.code },
    coverage: matrix.params,
    year: matrix.year,
    columns: matrix.columns,
    column,
    measure: params.mass,
    areas,
    bins,
    frame: projected ? { width: projected.width, height: projected.height } : null,
    dots,
    dotsTruncated: truncated,
  };
}

/**
 * Today's map and a scenario's on one colour scale (the classes from both maps' values), so the
 * same colour means the same figure in both and one legend serves both.
 */
export function onSharedScale(today: CoverageMap, scenario: CoverageMap): [CoverageMap, CoverageMap] {
  const bins = colourBins([...today.areas, ...scenario.areas].flatMap((a) => (a.value === null ? [] : [a.value])));
  const rebin = (m: CoverageMap): CoverageMap => ({
    ...m,
    bins,
    areas: m.areas.map((a) => ({ ...a, bin: a.value === null ? null : bins.length ? binIndex(bins, a.value) : 0 })),
  });
  return [rebin(today), rebin(scenario)];
}
