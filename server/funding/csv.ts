import "server-only";
import { toGermanCsv, type CsvCell } from "../csv/german";
import { MIKROPROJEKT_STATUS_DE } from "./status";
import type { MikroprojektRegister } from "./mikroprojekte";
import type { FundingView } from "./summary";

// Funding tables for German Excel (server/csv/german.ts): amounts in euros with two decimals and a
// decimal comma, which Excel reads as numbers.

export const euros = (cents: number | null): CsvCell => (cents === null ? null : (cents / 100).toFixed(2).replace(".", ","));

/** The summary per Handlungsfeld, the total and the cap, as the page shows them. */
export function fundingCsv(view: FundingView): string {
  const period = view.period?.name ?? "";
  const cap = view.settings?.capCents ?? null;
  const header = ["Planungszeitraum", "Handlungsfeld", "geplant (EUR)", "davon Land (EUR)", "davon Kommune (EUR)", "ausgegeben (EUR)", "Obergrenze (EUR)", "Anteil Land (%)", "über der Obergrenze"];
  const share = view.settings?.landSharePercent ?? null;
  const lines = [
    ...view.rows.map((r) => [period, r.handlungsfeld.name, euros(r.plannedCents), euros(r.landCents), euros(r.kommuneCents), euros(r.spentCents), null, share, null]),
    [
      period,
      "Gesamt",
      euros(view.total.plannedCents),
      euros(view.total.landCents),
      euros(view.total.kommuneCents),
      euros(view.total.spentCents),
      euros(cap),
      share,
      [view.plannedOverCap && "geplant", view.spentOverCap && "ausgegeben"].filter(Boolean).join(", ") || "nein",
    ],
  ];
  return toGermanCsv([header, ...lines]);
}

/** One year's register of Mikroprojekte, with the total and budget as the last line. */
export function mikroprojekteCsv(register: MikroprojektRegister): string {
  const header = ["Jahr", "Datum", "Titel", "Empfänger", "Handlungsfeld", "Betrag (EUR)", "Status", "Demo"];
  const lines = register.projects.map((p) => [register.year, p.date, p.title, p.recipient, p.handlungsfeldName, euros(p.amountCents), MIKROPROJEKT_STATUS_DE[p.status], p.isDemo ? "ja" : "nein"]);
  const total = [register.year, null, "Summe (ohne abgelehnte)", null, null, euros(register.totalCents), null, null];
  const budget = [register.year, null, "Budget", null, null, euros(register.budgetCents), null, null];
  return toGermanCsv([header, ...lines, total, budget]);
}
