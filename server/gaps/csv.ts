import "server-only";
import { toGermanCsv, type CsvCell } from "../csv/german";
import type { GapRanking, Part } from "./ranking";
import { cellKey, type ScenarioRanking } from "./scenario";

// The gap ranking for German Excel (server/csv/german.ts): one line per cell in rank order, each
// component with its value, need (0..1), weight and contribution, so the score can be recomputed
// in the spreadsheet. An unknown value stays empty, never 0. With a scenario, the figures are the
// scenario's: a first column names it (never public), today's rank and score follow the score.

const round = (n: number | null, digits = 3) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);
const parts = (p: Part, weight: number): CsvCell[] => [round(p.need), weight, round(p.contribution)];
const partHeader = (name: string) => [`${name} Bedarf (0-1)`, `${name} Gewicht`, `${name} Beitrag`];

export function gapCsv(r: GapRanking, scenario?: ScenarioRanking["scenario"]): string {
  const header = [
    ...(scenario ? ["Szenario (nicht öffentlich)"] : []),
    "Rang",
    "Planungsraum",
    r.params.achse === "lebensphase" ? "Lebensphase" : "Handlungsfeld",
    "Punktzahl (0-1)",
    ...(scenario ? ["Rang heute", "Punktzahl heute (0-1)"] : []),
    "Angebote",
    `Einwohner ${r.year ?? ""}`.trim(),
    "Angebote je 1.000",
    "Stadt: Angebote je 1.000",
    ...partHeader("Abdeckung"),
    "Wartezeit Median (Wochen)",
    "Angebote mit Angabe zur Wartezeit",
    ...partHeader("Wartezeit"),
    `Suchen ohne Ergebnis (${r.params.tage} Tage)`,
    ...partHeader("Nachfrage"),
    ...r.indicators.flatMap((i) => [`${i.name}${i.unit ? ` (${i.unit})` : ""} ${i.year ?? ""}`.trim(), ...partHeader(i.name)]),
  ];
  const lines = r.cells.map((c): CsvCell[] => [
    ...(scenario ? [scenario.name] : []),
    c.rank,
    c.areaName,
    c.termName,
    round(c.score),
    ...(scenario ? [scenario.today.get(cellKey(c))?.rank ?? null, round(scenario.today.get(cellKey(c))?.score ?? null)] : []),
    c.coverage.offers,
    c.coverage.residents,
    round(c.coverage.offersPer1000),
    round(c.coverage.cityRate),
    ...parts(c.coverage, r.weights.abdeckung),
    round(c.waiting.medianWeeks, 1),
    c.waiting.known,
    ...parts(c.waiting, r.weights.wartezeit),
    c.demand.searches,
    ...parts(c.demand, r.weights.nachfrage),
    ...c.indicators.flatMap((p, j) => [round(p.value), ...parts(p, r.indicators[j].weight)]),
  ]);
  return toGermanCsv([header, ...lines]);
}
