// Reads one CSV upload completely: every row is checked and every problem is collected (row and
// column as Excel shows them), so a planner fixes the file once rather than error by error.
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { NeedDataError } from "./errors";
import { CSV_LAYOUTS, detectLayout, expectedHeaders, type CsvKind } from "./layouts";
import {
  householdRowSchema,
  indicatorRowSchema,
  populationRowSchema,
  type HouseholdRow,
  type IndicatorRow,
  type Lookups,
  type PopulationRow,
} from "./row-schemas";

export type ParsedCsv =
  | { kind: "population"; rows: PopulationRow[] }
  | { kind: "households"; rows: HouseholdRow[] }
  | { kind: "indicators"; rows: IndicatorRow[] };

type CsvRecord = { record: string[]; info: { lines: number } };

const SCHEMAS = { population: populationRowSchema, households: householdRowSchema, indicators: indicatorRowSchema };

/** What makes two rows the same figure (the table's unique key): a second one would overwrite the first. */
const figureKey: { [K in CsvKind]: (row: Extract<ParsedCsv, { kind: K }>["rows"][number]) => string } = {
  population: (r) => `${r.area.id}|${r.year}|${r.ageFrom}`,
  households: (r) => `${r.area.id}|${r.year}|${r.type}`,
  indicators: (r) => `${r.area.id}|${r.year}|${r.indicator.key}`,
};

export function parseNeedDataCsv(file: string, text: string, lookups: Lookups): { data: ParsedCsv | null; errors: NeedDataError[] } {
  const error = (line: number | null, column: string | null, message: string): NeedDataError => ({ file, line, column, message });
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: ";",
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Excel writes rows of bare semicolons below the data.
      skip_records_with_empty_values: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    const lines = (err as { lines?: number }).lines;
    return { data: null, errors: [error(lines ?? null, null, `Die Datei ist kein lesbares CSV (${(err as Error).message})`)] };
  }
  if (records.length === 0) return { data: null, errors: [error(null, null, "Die Datei ist leer")] };

  const [header, ...body] = records;
  const layout = detectLayout(header.record);
  if (!layout) {
    return { data: null, errors: [error(header.info.lines, null, `Kopfzeile nicht erkannt. Erwartet (Semikolon als Trennzeichen): ${expectedHeaders()}`)] };
  }
  if (body.length === 0) return { data: null, errors: [error(null, null, "Die Datei enthält keine Datenzeilen")] };

  const schema = SCHEMAS[layout.kind](lookups) as z.ZodType<unknown, { [column: string]: string }>;
  const keyOf = figureKey[layout.kind] as (row: unknown) => string;
  const errors: NeedDataError[] = [];
  const rows: unknown[] = [];
  const firstLine = new Map<string, number>();
  for (const { record, info } of body) {
    const cells = Object.fromEntries(CSV_LAYOUTS[layout.kind].columns.map((c) => [c, record[layout.positions.get(c)!] ?? ""]));
    const result = schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push(error(info.lines, issue.path.length ? String(issue.path[0]) : null, issue.message));
      continue;
    }
    const key = keyOf(result.data);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) errors.push(error(info.lines, null, `Dieselbe Zahl steht schon in Zeile ${earlier}`));
    else firstLine.set(key, info.lines);
    rows.push(result.data);
  }
  return errors.length ? { data: null, errors } : { data: { kind: layout.kind, rows } as ParsedCsv, errors: [] };
}
