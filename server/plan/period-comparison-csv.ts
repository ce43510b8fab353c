import "server-only";
import { toGermanCsv } from "../csv/german";
import { STATUS_DE } from "./csv";
import type { ComparedField, ComparedMeasure, PeriodComparison } from "./period-comparison";

// The period comparison for German Excel (server/csv/german.ts): one line per measure, as the
// page groups them, with the earlier and the later value side by side.

const FIELD_DE: Record<ComparedField, string> = {
  title: "Titel",
  status: "Status",
  timeframe: "Zeitraum",
  responsibleBody: "Verantwortlich",
  indicators: "Indikatoren",
};

const line = (field: string, kind: string, before: ComparedMeasure | null, after: ComparedMeasure | null, changed: ComparedField[] = []) => [
  field,
  kind,
  (after ?? before)!.code,
  before?.title ?? "",
  after?.title ?? "",
  before ? STATUS_DE[before.status] : "",
  after ? STATUS_DE[after.status] : "",
  changed.map((f) => FIELD_DE[f]).join(", "),
];

export function periodComparisonCsv(c: PeriodComparison): string {
  const header = ["Handlungsfeld", "Art", "Nr.", `Handlungsziel ${c.from?.name ?? ""}`.trim(), `Handlungsziel ${c.to?.name ?? ""}`.trim(), "Status vorher", "Status nachher", "Geändert"];
  const rows = c.sections.flatMap(({ handlungsfeld: { name }, carried, added, dropped }) => [
    ...carried.map((p) => line(name, p.changes.length ? "fortgeführt, geändert" : "fortgeführt", p.before, p.after, p.changes.map((ch) => ch.field))),
    ...added.map((m) => line(name, "neu", null, m)),
    ...dropped.map((m) => line(name, "entfallen", m, null)),
  ]);
  return toGermanCsv([header, ...rows]);
}
