import "server-only";
import { toGermanCsv } from "../csv/german";
import type { CoverageMatrix, CoverageRow } from "./matrix";

// The matrix for German Excel (server/csv/german.ts): one line per cell, easy to pivot. An unknown
// value stays empty, never 0.

const ROW_NAMES: Record<CoverageRow["kind"], string | null> = { area: null, stadtweit: "stadtweit", regional: "regional (Wartburgkreis)", ohne: "ohne Planungsraum" };

const decimal = (n: number | null) => (n === null ? "" : n.toLocaleString("de-DE", { useGrouping: false, maximumFractionDigits: 2 }));

export function coverageCsv(matrix: CoverageMatrix): string {
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
  const lines = matrix.rows.flatMap((row) =>
    row.cells.map((cell, i) => [
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
      cell.gap === "none" ? "Lücke: kein lokales Angebot" : cell.gap === "below" ? `Lücke: unter ${matrix.params.schwelle} % des Stadtdurchschnitts` : "",
    ]),
  );
  return toGermanCsv([header, ...lines]);
}
