// One refusal reason of an upload, named by file, row and column as the planner sees them in
// Excel: line numbers count the header row as line 1. Messages are German on purpose: they talk
// about German column names and the city's German files, in the CLI and on the site alike.

export type NeedDataError = {
  file: string;
  /** Line of the file (header = 1), or for GeoJSON the feature's number (1-based); null: the whole file. */
  line: number | null;
  /** Column header as the layout names it ("Anzahl"), or the GeoJSON part ("Geometrie"). */
  column: string | null;
  message: string;
  /** GeoJSON has no lines: "Objekt 3" instead of "Zeile 3". */
  unit?: "line" | "feature";
};

/** "Zeile 14, Spalte Anzahl: 'zwölf' ist keine Zahl" (without the file name). */
export function describeError(e: NeedDataError): string {
  const place = [
    e.line === null ? null : `${e.unit === "feature" ? "Objekt" : "Zeile"} ${e.line}`,
    e.column === null ? null : `${e.unit === "feature" ? "" : "Spalte "}${e.column}`,
  ].filter(Boolean);
  return place.length ? `${place.join(", ")}: ${e.message}` : e.message;
}

/** With the file name in front, for the CLI and for uploads of several files. */
export function describeErrorWithFile(e: NeedDataError): string {
  return `${e.file}: ${describeError(e)}`;
}
