// The CSV layouts planners upload (documented in README.md, "Need data"): semicolon-separated,
// one header row, German headers in any order (case and spaces do not matter), one figure a row.
// The kind of a file is recognised by its header, so a file name says nothing.

export const CSV_LAYOUTS = {
  population: { label: "Bevölkerung", columns: ["Planungsraum", "Jahr", "Alter von", "Alter bis", "Anzahl", "Quelle"] },
  households: { label: "Haushalte", columns: ["Planungsraum", "Jahr", "Haushaltstyp", "Anzahl", "Quelle"] },
  indicators: { label: "Indikatoren", columns: ["Planungsraum", "Jahr", "Indikator", "Wert", "Einheit", "Quelle"] },
} as const;

export type CsvKind = keyof typeof CSV_LAYOUTS;
export type NeedDataKind = CsvKind | "boundaries";

export const KIND_LABELS: Record<NeedDataKind, string> = {
  population: "Bevölkerung",
  households: "Haushalte",
  indicators: "Indikatoren",
  boundaries: "Grenzen der Planungsräume",
};

/** Header cells, values and names compare without case and surplus spaces ("alter  VON"). */
export const normalize = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");

/**
 * The layout whose columns the header holds, with each column's position; null if none fits.
 * Extra columns (a statistics office's remarks) are ignored.
 */
export function detectLayout(header: string[]): { kind: CsvKind; positions: Map<string, number> } | null {
  const cells = header.map(normalize);
  for (const [kind, layout] of Object.entries(CSV_LAYOUTS) as [CsvKind, (typeof CSV_LAYOUTS)[CsvKind]][]) {
    const positions = new Map(layout.columns.map((c) => [c, cells.indexOf(normalize(c))] as const));
    if ([...positions.values()].every((i) => i >= 0)) return { kind, positions };
  }
  return null;
}

export function expectedHeaders(): string {
  return Object.values(CSV_LAYOUTS)
    .map((l) => `${l.label}: ${l.columns.join(";")}`)
    .join(" oder ");
}
