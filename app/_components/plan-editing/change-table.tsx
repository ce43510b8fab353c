import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import type { PlanChangeRow } from "@/server/plan/history";

type Props = { rows: PlanChangeRow[]; caption: string; /** The history page says what happened to which kind of item; the funding page only edits fields. */ withAction?: boolean };

/** Who changed what when, newest first: the plan's history page and the funding page's recent changes. */
export async function ChangeTable({ rows, caption, withAction = false }: Props) {
  const [t, format] = await Promise.all([getTranslations("PlanEditing.history"), getFormatter()]);
  if (rows.length === 0) return <p className="mt-2">{t("none")}</p>;
  const field = (key: string | null) => (key === null ? "" : t.has(`fields.${key}`) ? t(`fields.${key}`) : key);
  const value = (v: string | null) => v ?? t("empty");
  const columns = [t("columns.at"), t("columns.who"), ...(withAction ? [t("columns.action")] : []), t("columns.subject"), t("columns.field"), t("columns.change")];
  return (
    <DataTable caption={caption} alignTop columns={columns}>
      {rows.map((r) => (
        <tr key={r.id} className={rowClass}>
          <td className={cellClass}>{format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" })}</td>
          <td className={cellClass}>{r.who ?? t("unknownUser")}</td>
          {withAction && <td className={cellClass}>{t("action", { action: r.action, entity: r.entity })}</td>}
          <td className={cellClass}>{r.subject}</td>
          <td className={cellClass}>{field(r.field)}</td>
          <td className={lastCellClass}>{r.field === null ? "" : `${value(r.oldValue)} → ${value(r.newValue)}`}</td>
        </tr>
      ))}
    </DataTable>
  );
}
