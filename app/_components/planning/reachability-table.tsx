import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import type { Reachability, ReachRow } from "@/server/reachability/reachability";

// A gap is written out ("Lücke") and marked with a symbol, never only by colour.
const STATUS_CLASS: Record<ReachRow["status"], string> = {
  local: "",
  hidden: "",
  neighbour: "italic",
  gap: "font-bold",
};

export async function ReachabilityTable({ data }: { data: Reachability }) {
  const [t, format] = await Promise.all([getTranslations("PlanningMap.reach"), getFormatter()]);
  const km = (v: number | null) => format.number(v ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <DataTable
      className="mt-4"
      alignTop
      title={t("caption", { distance: format.number(data.params.abstand, { maximumFractionDigits: 2 }) })}
      columns={[
        t("columns.area"),
        t("columns.type"),
        { label: t("columns.distance"), numeric: true },
        t("columns.nearest"),
        t("columns.status"),
      ]}
    >
      {data.rows.map((r) => (
        <tr key={`${r.areaCode}-${r.typeCode}`} className={rowClass}>
          <th scope="row" className={rowHeaderClass}>
            {r.areaName}
          </th>
          <td className={`${cellClass} [overflow-wrap:anywhere]`}>{r.typeName}</td>
          <td className={numberCellClass}>
            {r.straightKm === null ? t("none") : t("distanceValue", { straight: km(r.straightKm), walk: km(r.walkKm) })}
          </td>
          <td className={`${cellClass} [overflow-wrap:anywhere]`}>{r.nearestName ? t("nearestIn", { name: r.nearestName, area: r.nearestAreaName ?? t("outside") }) : t("none")}</td>
          <td className={`${lastCellClass} ${STATUS_CLASS[r.status]}`}>
            {r.status === "gap" ? `▲ ${t("status.gap")}` : t(`status.${r.status}`)}
            {r.hiddenHere && r.status === "local" && <span className="block text-xs">{t("hiddenNote")}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
