import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import type { MeasureStatus } from "@/server/generated/prisma/enums";
import type { FieldSection } from "@/server/plan/tree";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { IndicatorList } from "./indicator-list";

type Measure = {
  id: string;
  code: string | null;
  title: string;
  timeframe: string | null;
  status: MeasureStatus;
  isDemo: boolean;
  /** Left the plan: only planners asking for retired items get these. */
  retired?: boolean;
  indicators: { statement: string; fulfilled: boolean | null }[];
};

type Props<M extends Measure> = {
  sections: FieldSection<M>[];
  /** Columns after the plan's own (planners: responsible body, offers, flags). */
  extraColumns?: string[];
  /** The cells of those columns for one measure. */
  extraCells?: (measure: M) => ReactNode;
  /** Where a measure's title links to (planners: the measure's page); plain text without. */
  measureHref?: (measure: M) => string;
};

/**
 * The plan laid out like its own tables: a section per Handlungsfeld, a table per Ziel with the
 * columns Unterziel | Handlungsziel | Indikatoren | Zeitraum, plus the measure's status. A row's
 * id ("massnahme-<id>") lets the offer page link to it.
 */
export async function PlanSections<M extends Measure>({ sections, extraColumns = [], extraCells, measureHref }: Props<M>) {
  const [t, tEdit] = await Promise.all([getTranslations("Plan"), getTranslations("PlanEditing")]);
  const retired = (item: { retired?: boolean } | null) => (item?.retired ? <span className="ms-2 rounded bg-gray-200 px-1 text-xs">{tEdit("retiredMark")}</span> : null);
  const columns = [t("columns.subGoal"), t("columns.measure"), t("columns.indicators"), t("columns.timeframe"), t("columns.status"), ...extraColumns];
  return sections.map(({ handlungsfeld, goals }) => (
    <section key={handlungsfeld.id} aria-labelledby={`hf-${handlungsfeld.code}`} className="mt-8">
      <h2 id={`hf-${handlungsfeld.code}`} className="text-xl font-semibold">
        {handlungsfeld.code}. {handlungsfeld.name}
      </h2>
      {goals.map(({ goal, subGoals }) => (
        <DataTable key={goal?.id ?? "none"} className="mt-4" alignTop columns={columns} title={goal ? <>{t("goal", { title: goal.title })}{retired(goal)}</> : t("noGoal")}>
          {subGoals.flatMap(({ subGoal, measures }) =>
            measures.map((m, i) => (
              <tr key={m.id} id={`massnahme-${m.id}`} className={rowClass}>
                {i === 0 && (
                  <td rowSpan={measures.length} className={cellClass}>
                    {subGoal?.title ?? t("noSubGoal")}
                    {retired(subGoal)}
                  </td>
                )}
                <td className={cellClass}>
                  {m.code && <span className="me-1 text-gray-700">{m.code}</span>}
                  {measureHref ? (
                    <Link href={measureHref(m)} className={linkClass}>
                      {m.title}
                    </Link>
                  ) : (
                    m.title
                  )}
                  {m.isDemo && <span className="ms-2 rounded bg-amber-100 px-1 text-xs">{t("demo")}</span>}
                  {retired(m)}
                </td>
                <td className={cellClass}>
                  <IndicatorList indicators={m.indicators} />
                </td>
                <td className={cellClass}>{m.timeframe ?? "–"}</td>
                <td className={extraColumns.length ? cellClass : lastCellClass}>{t(`status.${m.status}`)}</td>
                {extraCells?.(m)}
              </tr>
            )),
          )}
        </DataTable>
      ))}
    </section>
  ));
}
