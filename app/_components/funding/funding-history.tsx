import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, rowClass } from "@/app/_components/data-table";
import type { FundingChangeRow } from "@/server/funding/summary";

/** Who changed which funding figure when, latest first. */
export async function FundingHistory({ rows }: { rows: FundingChangeRow[] }) {
  const [t, format] = await Promise.all([getTranslations("Funding"), getFormatter()]);
  if (rows.length === 0) return <p className="mt-2">{t("noHistory")}</p>;
  return (
    <DataTable caption={t("historyCaption")} columns={[t("historyColumns.at"), t("historyColumns.who"), t("historyColumns.subject"), t("historyColumns.field"), t("historyColumns.change")]}>
      {rows.map((r, i) => (
        <tr key={i} className={rowClass}>
          <td className={cellClass}>{format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" })}</td>
          <td className={cellClass}>{r.who ?? t("unknownUser")}</td>
          <td className={cellClass}>{r.subject}</td>
          <td className={cellClass}>{r.field}</td>
          <td className={cellClass}>
            {r.oldValue ?? t("none")} → {r.newValue ?? t("none")}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
