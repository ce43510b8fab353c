import { getTranslations } from "next-intl/server";
import { MONTH_FILTERS, RESULT_FILTERS, type DemandFilter } from "@/server/demand/schema";

const select = "mt-1 block rounded border border-gray-500 px-2 py-1";

/** A plain GET form (works without JavaScript): the filters live in the URL, as on the search page. */
export async function DemandFilterForm({ filter }: { filter: DemandFilter }) {
  const t = await getTranslations("Demand");
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-4" aria-label={t("filterTitle")}>
      <label>
        {t("results")}
        <select name="ergebnisse" defaultValue={filter.ergebnisse} className={select}>
          {RESULT_FILTERS.map((v) => (
            <option key={v} value={v}>{t(`resultsOptions.${v}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t("months")}
        <select name="monate" defaultValue={filter.monate} className={select}>
          {MONTH_FILTERS.map((v) => (
            <option key={v} value={v}>{t(`monthsOptions.${v}`)}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-white">{t("apply")}</button>
    </form>
  );
}
