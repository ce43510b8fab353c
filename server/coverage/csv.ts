import "server-only";
import { toGermanCsv } from "../csv/german";
import type { CoverageMatrix, CoverageRow } from "./matrix";
import type { AreaProfile } from "./profile";

// The matrix for German Excel (server/csv/german.ts): one line per cell, easy to pivot. An unknown
// value stays empty, never 0.

export const ROW_NAMES: Record<CoverageRow["kind"] | AreaProfile["kind"], string | null> = {
  area: null,
  stadtweit: "stadtweit",
  regional: "regional (Wartburgkreis)",
  ohne: "ohne Planungsraum",
  total: "Stadt gesamt",
};

const decimal = (n: number | null) => (n === null ? "" : n.toLocaleString("de-DE", { useGrouping: false, maximumFractionDigits: 2 }));

export const gapText = (gap: CoverageRow["cells"][number]["gap"], threshold: number) =>
  gap === "none" ? "Lücke: kein lokales Angebot" : gap === "below" ? `Lücke: unter ${threshold} % des Stadtdurchschnitts` : "";

/**
 * With `scenario`, `matrix` holds the scenario's figures: a first column names it (never public)
 * and today's offers, places and gap follow in columns of their own.
 */
export function coverageCsv(matrix: CoverageMatrix, scenario?: { name: string; today: CoverageMatrix }): string {
  const header = [
    "Planungsraum",
    matrix.params.achse === "lebensphase" ? "Lebensphase" : matrix.params.achse === "angebotsart" ? "Angebotsart" : "Handlungsfeld",
    "Angebote",
    "Plätze",
    "Angebote ohne Angabe zu Plätzen",
    "VZÄ",
    "Angebote ohne Angabe zu VZÄ",
    `Einwohner ${matrix.year ?? ""}`.trim(),
    "Angebote je 1.000",
    "Plätze je 1.000",
    "VZÄ je 1.000",
    "Lücke",
  ];
  if (scenario) {
    header.unshift("Szenario (nicht öffentlich)");
    header.push("Angebote heute", "Plätze heute", "Lücke heute");
  }
  const lines = matrix.rows.flatMap((row) =>
    row.cells.map((cell, i) => {
      const line = [
      ROW_NAMES[row.kind] ?? row.name,
      matrix.columns[i].name,
      String(cell.offers),
      decimal(cell.places),
      String(cell.placesMissing),
      decimal(cell.fte),
      String(cell.fteMissing),
      decimal(cell.residents),
      decimal(cell.offersPer1000),
      decimal(cell.placesPer1000),
      decimal(cell.ftePer1000),
      gapText(cell.gap, matrix.params.schwelle),
      ];
      if (!scenario) return line;
      const today = scenario.today.rows.find((r) => r.key === row.key)?.cells[i];
      return [scenario.name, ...line, String(today?.offers ?? ""), decimal(today?.places ?? null), today ? gapText(today.gap, matrix.params.schwelle) : ""];
    }),
  );
  return toGermanCsv([header, ...lines]);
}

/** The profile per Planungsraum (/planung): sums with how many offers state each value. */
export function profileCsv({ rows, year }: { rows: AreaProfile[]; year: number | null }): string {
  const header = [
    "Planungsraum",
    `Einwohner ${year ?? ""}`.trim(),
    "Angebote",
    "Plätze",
    "Angebote mit Angabe zu Plätzen",
    "VZÄ",
    "Angebote mit Angabe zu VZÄ",
    "Wartezeit Median (Wochen)",
    "Angebote mit Angabe zur Wartezeit",
    "Nehmen neu auf",
    "Angebote mit Angabe zur Aufnahme",
  ];
  const lines = rows.map((r) => [
    ROW_NAMES[r.kind] ?? r.name,
    r.residents === null ? "" : String(r.residents),
    String(r.offers),
    decimal(r.places),
    String(r.placesKnown),
    decimal(r.fte),
    String(r.fteKnown),
    decimal(r.waitingMedianWeeks),
    String(r.waitingKnown),
    String(r.accepting),
    String(r.acceptingKnown),
  ]);
  return toGermanCsv([header, ...lines]);
}
