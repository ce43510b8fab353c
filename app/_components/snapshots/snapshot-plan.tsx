import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { SnapshotContent } from "@/server/snapshots/content";

/** The plan's measures on the Stichtag: status and indicator state. */
export async function SnapshotPlanTable({ plan, fieldName }: { plan: NonNullable<SnapshotContent["plan"]>; fieldName: (code: string) => string }) {
  const [t, tPlan] = await Promise.all([getTranslations("Snapshots"), getTranslations("Plan")]);
  return (
    <>
      <p className="mt-1">{t("planPeriod", { name: plan.periodName })}</p>
      <DataTable caption={t("planHeading")} columns={[t("measureColumns.measure"), t("measureColumns.field"), t("measureColumns.status"), t("measureColumns.indicators")]}>
        {plan.measures.map((m) => (
          <tr key={m.id} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>
              {[m.code, m.title].filter(Boolean).join(" ")}
            </th>
            <td className={cellClass}>{fieldName(m.handlungsfeld)}</td>
            <td className={cellClass}>{tPlan(`status.${m.status}`)}</td>
            <td className={lastCellClass}>{t("indicatorState", m.indicators)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
