import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { formatEuro } from "@/server/funding/money";
import type { ReportField } from "@/server/report/committee-report";
import { ReportMeasureRow } from "./report-measure-row";

/** Fixed, so the five columns fit A4 portrait whatever the texts. */
const MEASURE_WIDTHS = ["w-[24%]", "w-[22%]", "w-[22%]", "w-[18%]", "w-[14%]"];

/** One Handlungsfeld on pages of its own: its coverage column per Planungsraum, its measures, its funding. */
export async function ReportFieldSection({ field, year, gapThreshold }: { field: ReportField; year: number | null; gapThreshold: number }) {
  const [t, tCoverage, tRows, tPlanning, tPlan, format] = await Promise.all([
    getTranslations("CommitteeReport.field"),
    getTranslations("Planning.coverage"),
    getTranslations("Planning.rows"),
    getTranslations("Planning"),
    getTranslations("Plan"),
    getFormatter(),
  ]);
  const { handlungsfeld: hf, funding } = field;
  const num = (n: number | null) => (n === null ? tPlanning("noData") : format.number(n, { maximumFractionDigits: 2 }));
  const id = `bericht-hf-${hf.code}`;
  const columns = [t("columns.measure"), t("columns.indicators"), t("columns.evidence"), t("columns.offers"), t("columns.money")];
  return (
    <section aria-labelledby={id} className="mt-10 print:break-before-page">
      <h2 id={id} className="text-xl font-semibold">
        {t("heading", { code: hf.code, name: hf.name })}
      </h2>
      <h3 className="mt-4 text-lg font-semibold">{t("coverageHeading")}</h3>
      <DataTable
        caption={t("coverageCaption", { name: hf.name })}
        columns={[
          t("coverageColumns.area"),
          { label: t("coverageColumns.residents", { year: year ?? "–" }), numeric: true },
          { label: t("coverageColumns.offers"), numeric: true },
          { label: t("coverageColumns.places"), numeric: true },
          { label: t("coverageColumns.fte"), numeric: true },
          { label: t("coverageColumns.per1000"), numeric: true },
          t("coverageColumns.gap"),
        ]}
      >
        {field.coverage.map(({ key, name, kind, cell }) => (
          <tr key={key} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>{kind === "area" ? name : tRows(kind)}</th>
            <td className={numberCellClass}>{cell.residents === null ? "–" : num(cell.residents)}</td>
            <td className={numberCellClass}>{num(cell.offers)}</td>
            <td className={numberCellClass}>{num(cell.places)}</td>
            <td className={numberCellClass}>{num(cell.fte)}</td>
            <td className={numberCellClass}>{cell.offersPer1000 === null ? "–" : num(cell.offersPer1000)}</td>
            <td className={lastCellClass}>{cell.gap === "none" ? tCoverage("gapNone") : cell.gap === "below" ? tCoverage("gapBelow", { threshold: gapThreshold }) : "–"}</td>
          </tr>
        ))}
      </DataTable>
      <p className="mt-1 text-sm text-gray-700">{tCoverage("rules.gap", { threshold: gapThreshold })}</p>
      <h3 className="mt-6 text-lg font-semibold">{t("measuresHeading")}</h3>
      {field.goals.length === 0 && <p className="mt-2">{t("noMeasures")}</p>}
      {field.goals.map(({ goal, subGoals }) => (
        <DataTable
          key={goal?.id ?? "none"}
          className="mt-3"
          alignTop
          columns={columns}
          widths={MEASURE_WIDTHS}
          title={goal ? tPlan("goal", { title: goal.title }) : tPlan("noGoal")}
        >
          {subGoals.flatMap(({ subGoal, measures }) => [
            ...(subGoal
              ? [
                  <tr key={subGoal.id} className={rowClass}>
                    <th scope="colgroup" colSpan={columns.length} className={`${cellClass} bg-gray-100 italic`}>
                      {t("subGoal", { title: subGoal.title })}
                    </th>
                  </tr>,
                ]
              : []),
            ...measures.map((m) => <ReportMeasureRow key={m.id} measure={m} />),
          ])}
        </DataTable>
      ))}
      <p className="mt-4 font-semibold">
        {t("fundingLine", { planned: formatEuro(funding.plannedCents), land: formatEuro(funding.landCents), kommune: formatEuro(funding.kommuneCents), spent: formatEuro(funding.spentCents) })}
      </p>
    </section>
  );
}
