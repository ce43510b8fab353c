import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { CoverageMap } from "@/server/map/coverage-map";

/** The map's figures as a table: what a screen reader (and a printout in black and white) reads. With a scenario, today's value and offers beside its own. */
export async function CoverageMapTable({ map, today }: { map: CoverageMap; today?: { map: CoverageMap; scenarioName: string } }) {
  const [t, tPlanning, format] = await Promise.all([getTranslations("PlanningMap.map"), getTranslations("Planning"), getFormatter()]);
  const num = (v: number | null, digits = 2) => (v === null ? tPlanning("noData") : format.number(v, { maximumFractionDigits: digits }));
  const todayOf = (code: string) => today?.map.areas.find((a) => a.code === code);
  return (
    <DataTable
      className="mt-4 break-inside-avoid"
      title={t(today ? "scenario.tableCaption" : "tableCaption", { measure: t(`measures.${map.measure}`), column: map.column?.name ?? "–", name: today?.scenarioName ?? "" })}
      columns={[
        t("columns.area"),
        { label: t("columns.value"), numeric: true },
        ...(today ? [{ label: t("scenario.valueToday"), numeric: true as const }] : []),
        { label: t("columns.offers"), numeric: true },
        ...(today ? [{ label: t("scenario.offersToday"), numeric: true as const }] : []),
        { label: t("columns.residents"), numeric: true },
        t("columns.gap"),
        { label: t("columns.points"), numeric: true },
        t("columns.shape"),
      ]}
    >
      {map.areas.map((a) => (
        <tr key={a.code} className={rowClass}>
          <th scope="row" className={rowHeaderClass}>
            {a.name}
          </th>
          <td className={numberCellClass}>{num(a.value)}</td>
          {today && <td className={numberCellClass}>{num(todayOf(a.code)?.value ?? null)}</td>}
          <td className={numberCellClass}>{a.offers}</td>
          {today && <td className={numberCellClass}>{todayOf(a.code)?.offers ?? "–"}</td>}
          <td className={numberCellClass}>{num(a.residents, 0)}</td>
          <td className={cellClass}>{a.gap === "none" ? t("gapNone") : a.gap === "below" ? t("gapBelow", { threshold: map.coverage.schwelle }) : t("noGap")}</td>
          <td className={numberCellClass}>{a.points}</td>
          <td className={lastCellClass}>{a.shape ? t("shapeYes") : t("shapeNo")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
