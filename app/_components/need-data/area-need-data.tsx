import { getFormatter, getTranslations } from "next-intl/server";
import type { AreaNeedData } from "@/server/need-data/overview";
import type { HouseholdType } from "@/server/generated/prisma/enums";

const HOUSEHOLD_ORDER: HouseholdType[] = ["TOTAL", "SINGLE_PERSON", "WITH_CHILDREN", "SINGLE_PARENT", "SENIOR_ALONE"];
const cell = "border-b border-gray-300 px-2 py-1 text-left align-top";
const numberCell = `${cell} text-right tabular-nums`;

/** One Planungsraum's figures: population per year, the latest households and indicators, with sources. */
export async function AreaNeedDataSection({ area }: { area: AreaNeedData }) {
  const [t, format] = await Promise.all([getTranslations("NeedData"), getFormatter()]);
  const demo = (isDemo: boolean) => isDemo && <span className="ml-1 rounded bg-gray-200 px-1 text-sm">{t("demo")}</span>;
  const headingId = `area-${area.code}`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded border border-gray-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {area.name}
      </h3>
      <p className="text-sm text-gray-700">{area.hasBoundary ? t("boundary") : t("noBoundary")}</p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <table className="w-full border-collapse">
          <caption className="text-left font-semibold">{t("population.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>{t("population.year")}</th>
              <th scope="col" className={numberCell}>{t("population.total")}</th>
              <th scope="col" className={cell}>{t("population.source")}</th>
            </tr>
          </thead>
          <tbody>
            {area.population.map((p) => (
              <tr key={p.year}>
                <th scope="row" className={cell}>{p.year}</th>
                <td className={numberCell}>{format.number(p.total)}</td>
                <td className={cell}>
                  {p.source ?? t("noData")}
                  {demo(p.isDemo)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {area.households ? (
          <table className="w-full border-collapse">
            <caption className="text-left font-semibold">
              {t("households.caption", { year: area.households.year })}
              {demo(area.households.isDemo)}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>{t("households.type")}</th>
                <th scope="col" className={numberCell}>{t("households.count")}</th>
              </tr>
            </thead>
            <tbody>
              {HOUSEHOLD_ORDER.filter((type) => area.households!.counts[type] !== undefined).map((type) => (
                <tr key={type}>
                  <th scope="row" className={cell}>{t(`householdTypes.${type}`)}</th>
                  <td className={numberCell}>{format.number(area.households!.counts[type]!)}</td>
                </tr>
              ))}
            </tbody>
            {area.households.source && (
              <tfoot>
                <tr>
                  <td colSpan={2} className="px-2 py-1 text-sm text-gray-700">{t("households.source", { source: area.households.source })}</td>
                </tr>
              </tfoot>
            )}
          </table>
        ) : (
          <p>{t("noData")}</p>
        )}
      </div>
      {area.indicators.length > 0 && (
        <table className="mt-4 w-full border-collapse">
          <caption className="text-left font-semibold">{t("indicators.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>{t("indicators.name")}</th>
              <th scope="col" className={numberCell}>{t("indicators.value")}</th>
              <th scope="col" className={cell}>{t("indicators.year")}</th>
              <th scope="col" className={cell}>{t("indicators.source")}</th>
            </tr>
          </thead>
          <tbody>
            {area.indicators.map((i) => (
              <tr key={i.name}>
                <th scope="row" className={cell}>{i.name}</th>
                <td className={numberCell}>
                  {format.number(i.value)}
                  {i.unit && ` ${i.unit}`}
                </td>
                <td className={cell}>{i.year}</td>
                <td className={cell}>
                  {i.source ?? t("noData")}
                  {demo(i.isDemo)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
