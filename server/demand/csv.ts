import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "../authz";
import { toGermanCsv, type CsvCell } from "../csv/german";
import { getSearchFilters, getSearchMonths, getSearchTerms, shareWithoutResults } from "./queries";
import type { DemandFilter, DemandTable } from "./schema";

// The demand page's three tables as CSV for German Excel, with the page's own headers.

/** "05.12.2026 14:05" in Berlin time: a form Excel reads as a date (no comma between date and time). */
const excelDate = (d: Date) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" })
    .format(d)
    .replace(", ", " ");

const percent = (share: number) => Math.round(share * 1000) / 10;

export async function getDemandCsv(actor: Actor | null, table: DemandTable, filter: DemandFilter, locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Demand" });
  let rows: CsvCell[][];
  if (table === "begriffe") {
    const terms = await getSearchTerms(actor, filter);
    rows = [
      [t("terms.term"), t("terms.searches"), `${t("terms.noShare")} (%)`, t("terms.lastSeen")],
      ...terms.map((r) => [r.term, r.searches, percent(shareWithoutResults(r)), excelDate(r.lastSeen)]),
    ];
  } else if (table === "filter") {
    const filters = await getSearchFilters(actor, filter);
    rows = [
      [t("filters.facet"), t("filters.value"), t("filters.searches"), t("filters.noResults")],
      ...filters.map((r) => [t.has(`facetNames.${r.facet}`) ? t(`facetNames.${r.facet}`) : r.facet, r.label ?? r.value, r.searches, r.noResults]),
    ];
  } else {
    const months = await getSearchMonths(actor, filter);
    rows = [[t("monthTable.month"), t("monthTable.noResults"), t("monthTable.fewResults")], ...months.map((r) => [r.month, r.noResults, r.fewResults])];
  }
  return toGermanCsv(rows);
}
