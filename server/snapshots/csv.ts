import "server-only";
import { toGermanCsv, type CsvCell } from "../csv/german";
import { STATUS_DE } from "../plan/csv";
import type { CellMove } from "./compare";
import type { SnapshotComparison } from "./queries";

// The comparison of two snapshots for German Excel (server/csv/german.ts): one line per change, as
// the comparison page lists them: offers entering or leaving a cell, cell figures, capacity per
// offer, measures whose status changed.

const MOVE_DE: Record<CellMove["kind"], [string, string]> = {
  new: ["Angebot neu", "Angebot neu"],
  ended: ["Angebot beendet", "Angebot beendet"],
  moved: ["Angebot hinzugekommen (geändert)", "Angebot weggefallen (geändert)"],
};
const yesNo = (v: boolean | null) => (v === null ? null : v ? "ja" : "nein");

export function comparisonCsv({ a, b, diff }: SnapshotComparison): string {
  const header = ["Art", "Planungsraum", "Handlungsfeld", "Angebot / Maßnahme", "Träger", "vorher", "nachher"];
  const lines: CsvCell[][] = [];
  for (const c of diff.cells) {
    const where = [c.rowName, c.columnName];
    for (const o of c.entered) lines.push([MOVE_DE[o.kind][0], ...where, o.name, o.organization, null, null]);
    for (const o of c.left) lines.push([MOVE_DE[o.kind][1], ...where, o.name, o.organization, null, null]);
    lines.push(["Angebote im Feld", ...where, null, null, c.a.offers, c.b.offers]);
    if (c.a.places !== c.b.places) lines.push(["Plätze im Feld", ...where, null, null, c.a.places, c.b.places]);
    if (c.a.fte !== c.b.fte) lines.push(["VZÄ im Feld", ...where, null, null, c.a.fte, c.b.fte]);
  }
  for (const o of diff.capacity) {
    const line = (what: string, x: CsvCell, y: CsvCell) => x !== y && lines.push([what, null, null, o.name, o.organization, x, y]);
    line("Plätze", o.a.places, o.b.places);
    line("VZÄ", o.a.fte, o.b.fte);
    line("Wartezeit (Wochen)", o.a.waitingWeeks, o.b.waitingWeeks);
    line("Nimmt neue Klienten auf", yesNo(o.a.acceptingNewClients), yesNo(o.b.acceptingNewClients));
  }
  const fieldName = new Map([...a.content.matrix.columns, ...b.content.matrix.columns].map((c) => [c.code, c.name]));
  for (const m of diff.measures ?? [])
    lines.push(["Status der Maßnahme", null, fieldName.get(m.handlungsfeld) ?? m.handlungsfeld, [m.code, m.title].filter(Boolean).join(" "), null, STATUS_DE[m.a], STATUS_DE[m.b]]);
  if (!diff.measures) lines.push(["Status der Maßnahmen", null, null, "nicht vergleichbar: ein Stichtag ist aus dem Verlauf der Angebote rekonstruiert", null, null, null]);
  const title = [`Vergleich ${a.label} (${a.stichtag}) mit ${b.label} (${b.stichtag})`];
  return toGermanCsv([title, header, ...lines]);
}
