import "server-only";
import { stringify } from "csv-stringify/sync";

// CSV that German Excel opens by double-click: UTF-8 with BOM (else umlauts break), semicolons
// (the comma is the decimal separator there), decimal commas, CRLF line ends.

export type CsvCell = string | number | null;

/**
 * Text starting with = + - @ (or a tab / CR) is a formula to Excel; resident-typed search terms
 * end up here, so such a cell gets a leading apostrophe (OWASP "CSV injection").
 */
const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** Rows (the first being the header) as one CSV document for German Excel. */
export function toGermanCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (cell === null ? "" : typeof cell === "number" ? String(cell).replace(".", ",") : defuse(cell)))),
    { delimiter: ";", bom: true, record_delimiter: "windows" },
  );
}
