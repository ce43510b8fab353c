import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { FLAG_KINDS } from "@/server/plan/params";
import type { PlanView } from "@/server/plan/plan-view";

/** Measures per Handlungsfeld and how many carry each flag, over the whole period (not the filter). */
export async function PlanSummary({ summary }: { summary: PlanView["summary"] }) {
  const t = await getTranslations("Plan.planner");
  const rows = [...summary.fields, { id: "total", name: t("total"), ...summary.total }];
  return (
    <DataTable
      caption={t("summaryCaption")}
      columns={[
        t("summaryColumns.field"),
        { label: t("summaryColumns.measures"), numeric: true },
        { label: t("summaryColumns.flagged"), numeric: true },
        ...FLAG_KINDS.map((k) => ({ label: t(`flags.${k}`), numeric: true as const })),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className={`${rowClass}${r.id === "total" ? " font-semibold" : ""}`}>
          <th scope="row" className={r.id === "total" ? cellClass : rowHeaderClass}>
            {r.name}
          </th>
          <td className={numberCellClass}>{r.measures}</td>
          <td className={numberCellClass}>{r.flagged}</td>
          {FLAG_KINDS.map((k) => (
            <td key={k} className={numberCellClass}>
              {r[k]}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
