import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { shareWithoutResults, type DemandSignal } from "@/server/demand/queries";

const figure = (label: string) => ({ label, numeric: true }) as const;

/** The demand signal's three tables: by term, by filter, by month. */
export async function DemandTables({ signal }: { signal: DemandSignal }) {
  const [t, format] = await Promise.all([getTranslations("Demand"), getFormatter()]);
  const percent = (row: { searches: number; noResults: number }) => format.number(shareWithoutResults(row), { style: "percent", maximumFractionDigits: 0 });
  const empty = (cols: number) => (
    <tr className={rowClass}>
      <td colSpan={cols} className={cellClass}>{t("empty")}</td>
    </tr>
  );
  return (
    <>
      <DataTable className="mt-6 max-w-4xl" alignTop title={t("terms.caption")} columns={[t("terms.term"), figure(t("terms.searches")), figure(t("terms.noShare")), t("terms.lastSeen")]}>
        {signal.terms.length === 0 && empty(4)}
        {signal.terms.map((r) => (
          <tr key={r.term} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>{r.term}</th>
            <td className={numberCellClass}>{format.number(r.searches)}</td>
            <td className={numberCellClass}>{percent(r)}</td>
            <td className={cellClass}>{format.dateTime(r.lastSeen, "short")}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable className="mt-6 max-w-4xl" alignTop title={t("filters.caption")} columns={[t("filters.facet"), t("filters.value"), figure(t("filters.searches")), figure(t("filters.noResults"))]}>
        {signal.filters.length === 0 && empty(4)}
        {signal.filters.map((r) => (
          <tr key={`${r.facet}:${r.value}`} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>{t.has(`facetNames.${r.facet}`) ? t(`facetNames.${r.facet}`) : r.facet}</th>
            <td className={cellClass}>{r.label ?? r.value}</td>
            <td className={numberCellClass}>{format.number(r.searches)}</td>
            <td className={numberCellClass}>{format.number(r.noResults)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable className="mt-6 max-w-4xl" alignTop title={t("monthTable.caption")} columns={[t("monthTable.month"), figure(t("monthTable.noResults")), figure(t("monthTable.fewResults"))]}>
        {signal.months.length === 0 && empty(3)}
        {signal.months.map((r) => (
          <tr key={r.month} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>{r.month}</th>
            <td className={numberCellClass}>{format.number(r.noResults)}</td>
            <td className={numberCellClass}>{format.number(r.fewResults)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
