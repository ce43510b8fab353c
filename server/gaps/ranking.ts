import "server-only";
import { assertCan, type Actor } from "../authz";
import { getCoverageMatrix } from "../coverage/matrix";
import type { ScenarioDelta } from "../scenarios/delta";
import { demandCounts, latestIndicators } from "./components";
import { gapParamsSchema, type GapParams } from "./params";
import { loadGapWeighting } from "./settings";
import { DEFAULT_WEIGHTS, totalWeight, weightsFromParams, type Direction, type GapWeights } from "./weights";

// The gap ranking (/planung/luecken): every Planungsraum x Handlungsfeld (or x Lebensphase) cell of
// the coverage matrix, ranked by a score anyone can recompute from the page. Each component is
// turned into a need value from 0 (no sign of a gap) to 1 (the clearest sign among the cells):
//   coverage   1 - (offers per 1,000) / (city's rate), clipped to 0..1; no local offer = 1
//   waiting    median waiting weeks of the cell's offers (from the matrix) / the longest cell median
//   demand     thin searches attributed to the cell / the most any cell has
//   indicator  min-max across the Planungsräume (1 - that where a lower value means more need)
// score = sum(weight x need) / sum(weights), over the components with a value: a missing value
// (no waiting time stated, no indicator value, no population) is left out of that cell's score
// together with its weight, and shown as "keine Angabe", never as 0. Each contribution is
// weight x need / that sum, so the contributions add up to the score.

export type Part = { need: number | null; contribution: number | null };
export type GapCell = {
  areaCode: string;
  areaName: string;
  termCode: string;
  termName: string;
  score: number | null;
  rank: number | null;
  coverage: Part & { offers: number; residents: number | null; offersPer1000: number | null; cityRate: number | null };
  waiting: Part & { medianWeeks: number | null; known: number; offers: number };
  demand: Part & { searches: number };
  indicators: (Part & { key: string; value: number | null })[];
};
export type RankedIndicator = { key: string; name: string; unit: string | null; year: number | null; weight: number; direction: Direction };
export type GapRanking = {
  params: GapParams;
  weights: GapWeights;
  /** Every weight was 0: the defaults were used instead. */
  weightsReset: boolean;
  /** The saved setting the weights started from, if one was picked; `invalid` when its stored weights are unusable. */
  setting: { id: string; name: string; invalid: boolean } | null;
  year: number | null;
  /** All indicators in the database (the form offers each), with their weight and direction. */
  indicators: RankedIndicator[];
  cells: GapCell[];
  /** Searches that named a term of the axis but no Planungsraum: not attributable, not in the score. */
  unattributed: { termCode: string; termName: string; searches: number }[];
};

const clip = (x: number) => Math.min(1, Math.max(0, x));
const ratioToMax = (x: number | null, max: number) => (x === null ? null : max > 0 ? x / max : 0);

export async function getGapRanking(actor: Actor | null, raw: Record<string, unknown> = {}, locale = "de", scenario?: ScenarioDelta): Promise<GapRanking> {
  assertCan(actor, "planning:read");
  const params = gapParamsSchema.parse(raw);
  const [matrix, demand, indicatorInfo, saved] = await Promise.all([
    getCoverageMatrix(actor, { achse: params.achse }, locale, scenario),
    demandCounts(params.achse, params.tage),
    latestIndicators(),
    params.einstellung ? loadGapWeighting(actor, params.einstellung) : null,
  ]);

  const keys = indicatorInfo.map((i) => i.key);
  let weights = weightsFromParams(raw, saved?.weights ?? DEFAULT_WEIGHTS, keys);
  const weightsReset = totalWeight(weights) === 0;
  if (weightsReset) weights = weightsFromParams({}, DEFAULT_WEIGHTS, keys);
  const indicators: RankedIndicator[] = indicatorInfo.map(({ values: _values, ...i }) => ({
    ...i,
    weight: weights.indikatoren[i.key].gewicht,
    direction: weights.indikatoren[i.key].richtung,
  }));

  const k = (area: string, term: string) => `${area}\u0000${term}`;
  const demandOf = new Map<string, number>();
  const add = (key: string, n: number) => demandOf.set(key, (demandOf.get(key) ?? 0) + n);
  const areaRows = matrix.rows.filter((r) => r.kind === "area");
  for (const d of demand) {
    if (d.area_code === null) continue;
    // A search naming the area but no term of this axis was not restricted to any: it counts for every column.
    if (d.term_code === null) for (const c of matrix.columns) add(k(d.area_code, c.code), d.searches);
    else add(k(d.area_code, d.term_code), d.searches);
  }

  const cells = areaRows.flatMap((row) =>
    matrix.columns.map((col, i) => {
      const m = row.cells[i];
      const cityRate = matrix.cityRates[i];
      const coverageNeed = m.offers === 0 ? 1 : m.offersPer1000 === null || !cityRate ? null : clip(1 - m.offersPer1000 / cityRate);
      return {
        areaCode: row.key,
        areaName: row.name,
        termCode: col.code,
        termName: col.name,
        score: null as number | null,
        rank: null as number | null,
        coverage: { offers: m.offers, residents: m.residents, offersPer1000: m.offersPer1000, cityRate, need: coverageNeed, contribution: null },
        waiting: { medianWeeks: m.waitingMedianWeeks, known: m.waitingKnown, offers: m.offers, need: null as number | null, contribution: null },
        demand: { searches: demandOf.get(k(row.key, col.code)) ?? 0, need: null as number | null, contribution: null },
        indicators: indicatorInfo.map((ind) => ({ key: ind.key, value: ind.values.get(row.key) ?? null, need: null as number | null, contribution: null })),
      } satisfies GapCell;
    }),
  );

  const maxWaiting = Math.max(0, ...cells.map((c) => c.waiting.medianWeeks ?? 0));
  const maxDemand = Math.max(0, ...cells.map((c) => c.demand.searches));
  const ranges = indicatorInfo.map((ind) => {
    const values = areaRows.flatMap((r) => ind.values.get(r.key) ?? []);
    return { min: Math.min(...values), max: Math.max(...values) };
  });
  for (const cell of cells) {
    cell.waiting.need = ratioToMax(cell.waiting.medianWeeks, maxWaiting);
    cell.demand.need = ratioToMax(cell.demand.searches, maxDemand);
    cell.indicators.forEach((part, j) => {
      if (part.value === null) return;
      const { min, max } = ranges[j];
      const need = max > min ? (part.value - min) / (max - min) : 0.5; // all areas alike: no area stands out
      part.need = weights.indikatoren[part.key].richtung === "niedrig" ? 1 - need : need;
    });
    score(cell, weights);
  }
  return { params, weights, weightsReset, setting: saved && { id: saved.id, name: saved.name, invalid: saved.weights === null }, year: matrix.year, indicators, cells: rank(cells), unattributed: unattributedDemand(demand, matrix.columns) };
}

/** The weighted mean of the needs a cell has, and each part's share of it. */
function score(cell: GapCell, w: GapWeights) {
  const parts: [Part, number][] = [
    [cell.coverage, w.abdeckung],
    [cell.waiting, w.wartezeit],
    [cell.demand, w.nachfrage],
    ...cell.indicators.map((p): [Part, number] => [p, w.indikatoren[p.key].gewicht]),
  ];
  const counted = parts.filter(([p, weight]) => weight > 0 && p.need !== null);
  const sum = counted.reduce((s, [, weight]) => s + weight, 0);
  if (sum === 0) return;
  for (const [p, weight] of counted) p.contribution = (weight * p.need!) / sum;
  cell.score = counted.reduce((s, [p]) => s + p.contribution!, 0);
}

/** Highest score first (the clearest gap), cells without a score last; equal scores share a rank. */
function rank(cells: GapCell[]): GapCell[] {
  const key = (c: GapCell) => (c.score === null ? -1 : Math.round(c.score * 1e9));
  const sorted = cells
    .map((c, i) => ({ c, i }))
    .sort((a, b) => key(b.c) - key(a.c) || a.c.areaName.localeCompare(b.c.areaName, "de") || a.i - b.i)
    .map(({ c }) => c);
  sorted.forEach((c, i) => {
    if (c.score !== null) c.rank = i > 0 && key(sorted[i - 1]) === key(c) ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}

function unattributedDemand(demand: { area_code: string | null; term_code: string | null; searches: number }[], columns: { code: string; name: string }[]) {
  return columns.flatMap((c) => {
    const searches = demand.filter((d) => d.area_code === null && d.term_code === c.code).reduce((s, d) => s + d.searches, 0);
    return searches ? [{ termCode: c.code, termName: c.name, searches }] : [];
  });
}
