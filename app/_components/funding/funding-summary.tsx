import { getTranslations } from "next-intl/server";
import { alertClass, noticeClass } from "@/app/_components/account/form-styles";
import { cellClass, DataTable, numberCellClass, rowClass, rowHeaderClass } from "@/app/_components/data-table";
import { formatEuro } from "@/server/funding/money";
import type { FundingView } from "@/server/funding/summary";

/** Planned, spent and the Land/Kommune split per Handlungsfeld and in total, with the cap and a warning when a sum exceeds it. */
export async function FundingSummary({ view }: { view: Pick<FundingView, "rows" | "total" | "settings" | "plannedOverCap" | "spentOverCap"> }) {
  const t = await getTranslations("Funding");
  const cap = view.settings?.capCents ?? null;
  const rows = [...view.rows.map((r) => ({ id: r.handlungsfeld.id, name: r.handlungsfeld.name, ...r })), { id: "total", name: t("total"), ...view.total }];
  return (
    <>
      {view.plannedOverCap && cap !== null && (
        <p role="alert" className={alertClass}>
          {t("plannedOverCap", { planned: formatEuro(view.total.plannedCents), cap: formatEuro(cap), over: formatEuro(view.total.plannedCents - cap) })}
        </p>
      )}
      {view.spentOverCap && cap !== null && (
        <p role="alert" className={alertClass}>
          {t("spentOverCap", { spent: formatEuro(view.total.spentCents), cap: formatEuro(cap), over: formatEuro(view.total.spentCents - cap) })}
        </p>
      )}
      {cap !== null && !view.plannedOverCap && !view.spentOverCap && <p className={noticeClass}>{t("withinCap")}</p>}
      <DataTable
        caption={t("summaryCaption")}
        columns={[
          t("columns.field"),
          { label: t("columns.planned"), numeric: true },
          { label: t("columns.land"), numeric: true },
          { label: t("columns.kommune"), numeric: true },
          { label: t("columns.spent"), numeric: true },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className={`${rowClass}${r.id === "total" ? " font-semibold" : ""}`}>
            <th scope="row" className={r.id === "total" ? cellClass : rowHeaderClass}>
              {r.name}
            </th>
            <td className={numberCellClass}>{formatEuro(r.plannedCents)}</td>
            <td className={numberCellClass}>{formatEuro(r.landCents)}</td>
            <td className={numberCellClass}>{formatEuro(r.kommuneCents)}</td>
            <td className={numberCellClass}>{formatEuro(r.spentCents)}</td>
          </tr>
        ))}
        {cap !== null && (
          <tr className={rowClass}>
            <th scope="row" className={cellClass}>
              {t("capRow")}
            </th>
            <td className={numberCellClass}>{formatEuro(cap)}</td>
            <td className={numberCellClass}>{formatEuro(Math.round((cap * view.settings!.landSharePercent) / 100))}</td>
            <td className={numberCellClass}>{formatEuro(cap - Math.round((cap * view.settings!.landSharePercent) / 100))}</td>
            <td className={numberCellClass}>{formatEuro(cap)}</td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
