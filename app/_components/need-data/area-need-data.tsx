import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { AreaNeedData } from "@/server/need-data/overview";
import type { HouseholdType } from "@/server/generated/prisma/enums";

const HOUSEHOLD_ORDER: HouseholdType[] = ["TOTAL", "SINGLE_PERSON", "WITH_CHILDREN", "SINGLE_PARENT", "SENIOR_ALONE"];
const figure = (label: string) => ({ label, numeric: true }) as const;

/** One Planungsraum's figures: population per year, the latest households and indicators, with sources. */
export async function AreaNeedDataSection({ area }: { area: AreaNeedData }) {
  const [t, format] = await Promise.all([getTranslations("NeedData"), getFormatter()]);
  const demo = (isDemo: boolean) => isDemo && <span className="ms-1 rounded bg-gray-200 px-1 text-sm">{t("demo")}</span>;
  const headingId = `area-${area.code}`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded border border-gray-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {area.name}
      </h3>
      <p className="text-sm text-gray-700">{area.hasBoundary ? t("boundary") : t("noBoundary")}</p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <DataTable className="" alignTop title={t("population.caption")} columns={[t("population.year"), figure(t("population.total")), t("population.source")]}>
          {area.population.map((p) => (
            <tr key={p.year} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>{p.year}</th>
              <td className={numberCellClass}>{format.number(p.total)}</td>
              <td className={cellClass}>
                {p.source ?? t("noData")}
                {demo(p.isDemo)}
              </td>
            </tr>
          ))}
        </DataTable>
        {area.households ? (
          <div>
            <DataTable
              className=""
              title={<>{t("households.caption", { year: area.households.year })}{demo(area.households.isDemo)}</>}
              columns={[t("households.type"), figure(t("households.count"))]}
            >
              {HOUSEHOLD_ORDER.filter((type) => area.households!.counts[type] !== undefined).map((type) => (
                <tr key={type} className={rowClass}>
                  <th scope="row" className={rowHeaderClass}>{t(`householdTypes.${type}`)}</th>
                  <td className={numberCellClass}>{format.number(area.households!.counts[type]!)}</td>
                </tr>
              ))}
            </DataTable>
            {area.households.source && <p className="py-1 text-sm text-gray-700">{t("households.source", { source: area.households.source })}</p>}
          </div>
        ) : (
          <p>{t("noData")}</p>
        )}
      </div>
      {area.indicators.length > 0 && (
        <DataTable
          className="mt-4"
          alignTop
          title={t("indicators.caption")}
          columns={[t("indicators.name"), figure(t("indicators.value")), t("indicators.year"), t("indicators.source")]}
        >
          {area.indicators.map((i) => (
            <tr key={i.name} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>{i.name}</th>
              <td className={numberCellClass}>
                {format.number(i.value)}
                {i.unit && ` ${i.unit}`}
              </td>
              <td className={cellClass}>{i.year}</td>
              <td className={cellClass}>
                {i.source ?? t("noData")}
                {demo(i.isDemo)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
