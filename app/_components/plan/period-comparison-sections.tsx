import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { isOpenStatus } from "@/server/plan/period-carry-over";
import type { ComparedMeasure, ComparisonSection, FieldChange } from "@/server/plan/period-comparison";

const codeTitle = (m: ComparedMeasure) => (m.code ? `${m.code} ${m.title}` : m.title);

/** Per Handlungsfeld: the measures carried over (with what changed), added and dropped. */
export async function PeriodComparisonSections({ sections }: { sections: ComparisonSection[] }) {
  const [t, tPlan] = await Promise.all([getTranslations("PlanPeriods.compare"), getTranslations("Plan")]);
  const value = (c: FieldChange, v: string) => (v === "" ? t("empty") : c.field === "status" ? tPlan(`status.${v as ComparedMeasure["status"]}`) : v);
  const list = (ms: ComparedMeasure[], caption: string, dropped: boolean) =>
    ms.length === 0 ? (
      <p className="mt-1">{t("none")}</p>
    ) : (
      <DataTable caption={caption} columns={[t("columns.measure"), t("columns.status"), t("columns.timeframe")]} alignTop>
        {ms.map((m) => (
          <tr key={m.id} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>
              {codeTitle(m)}
            </th>
            <td className={cellClass}>
              {tPlan(`status.${m.status}`)}
              {dropped && ` (${isOpenStatus(m.status) ? t("droppedOpen") : t("droppedClosed")})`}
            </td>
            <td className={lastCellClass}>{m.timeframe}</td>
          </tr>
        ))}
      </DataTable>
    );
  return sections.map(({ handlungsfeld, carried, added, dropped }) => (
    <section key={handlungsfeld.id} aria-labelledby={`hf-${handlungsfeld.id}`} className="mt-8">
      <h2 id={`hf-${handlungsfeld.id}`} className="text-xl font-semibold">
        {handlungsfeld.code}. {handlungsfeld.name}
      </h2>
      <h3 className="mt-4 font-semibold">{t("carried")}</h3>
      {carried.length === 0 ? (
        <p className="mt-1">{t("none")}</p>
      ) : (
        <DataTable caption={t("captionCarried", { field: handlungsfeld.name })} columns={[t("columns.measure"), t("columns.statusBefore"), t("columns.statusAfter"), t("columns.changes")]} alignTop>
          {carried.map(({ before, after, changes }) => (
            <tr key={after.id} className={rowClass}>
              <th scope="row" className={rowHeaderClass}>
                {codeTitle(after)}
              </th>
              <td className={cellClass}>{tPlan(`status.${before.status}`)}</td>
              <td className={cellClass}>{tPlan(`status.${after.status}`)}</td>
              <td className={lastCellClass}>
                {changes.length === 0 ? (
                  t("unchanged")
                ) : (
                  <ul className="list-disc ps-4">
                    {changes.map((c) => (
                      <li key={c.field}>{t("change", { field: t(`fields.${c.field}`), before: value(c, c.before), after: value(c, c.after) })}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3 className="mt-4 font-semibold">{t("added")}</h3>
      {list(added, t("captionAdded", { field: handlungsfeld.name }), false)}
      <h3 className="mt-4 font-semibold">{t("dropped")}</h3>
      {list(dropped, t("captionDropped", { field: handlungsfeld.name }), true)}
    </section>
  ));
}
