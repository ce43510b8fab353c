import { getFormatter, getTranslations } from "next-intl/server";
import { shareWithoutResults, type DemandSignal } from "@/server/demand/queries";

const cell = "border-b border-gray-300 px-2 py-1 text-left align-top";
const numberCell = `${cell} text-right tabular-nums`;
const table = "mt-6 w-full max-w-4xl border-collapse";
const caption = "mb-1 text-left text-lg font-semibold";

/** The demand signal's three tables: by term, by filter, by month. */
export async function DemandTables({ signal }: { signal: DemandSignal }) {
  const [t, format] = await Promise.all([getTranslations("Demand"), getFormatter()]);
  const percent = (row: { searches: number; noResults: number }) => format.number(shareWithoutResults(row), { style: "percent", maximumFractionDigits: 0 });
  const empty = (cols: number) => (
    <tr>
      <td colSpan={cols} className={cell}>{t("empty")}</td>
    </tr>
  );
  return (
    <>
      <table className={table}>
        <caption className={caption}>{t("terms.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>{t("terms.term")}</th>
            <th scope="col" className={numberCell}>{t("terms.searches")}</th>
            <th scope="col" className={numberCell}>{t("terms.noShare")}</th>
            <th scope="col" className={cell}>{t("terms.lastSeen")}</th>
          </tr>
        </thead>
        <tbody>
          {signal.terms.length === 0 && empty(4)}
          {signal.terms.map((r) => (
            <tr key={r.term}>
              <th scope="row" className={`${cell} font-normal`}>{r.term}</th>
              <td className={numberCell}>{format.number(r.searches)}</td>
              <td className={numberCell}>{percent(r)}</td>
              <td className={cell}>{format.dateTime(r.lastSeen, "short")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={table}>
        <caption className={caption}>{t("filters.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>{t("filters.facet")}</th>
            <th scope="col" className={cell}>{t("filters.value")}</th>
            <th scope="col" className={numberCell}>{t("filters.searches")}</th>
            <th scope="col" className={numberCell}>{t("filters.noResults")}</th>
          </tr>
        </thead>
        <tbody>
          {signal.filters.length === 0 && empty(4)}
          {signal.filters.map((r) => (
            <tr key={`${r.facet}:${r.value}`}>
              <th scope="row" className={`${cell} font-normal`}>{t.has(`facetNames.${r.facet}`) ? t(`facetNames.${r.facet}`) : r.facet}</th>
              <td className={cell}>{r.label ?? r.value}</td>
              <td className={numberCell}>{format.number(r.searches)}</td>
              <td className={numberCell}>{format.number(r.noResults)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={table}>
        <caption className={caption}>{t("monthTable.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>{t("monthTable.month")}</th>
            <th scope="col" className={numberCell}>{t("monthTable.noResults")}</th>
            <th scope="col" className={numberCell}>{t("monthTable.fewResults")}</th>
          </tr>
        </thead>
        <tbody>
          {signal.months.length === 0 && empty(3)}
          {signal.months.map((r) => (
            <tr key={r.month}>
              <th scope="row" className={`${cell} font-normal`}>{r.month}</th>
              <td className={numberCell}>{format.number(r.noResults)}</td>
              <td className={numberCell}>{format.number(r.fewResults)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
