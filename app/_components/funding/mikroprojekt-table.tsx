import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass } from "@/app/_components/data-table";
import { formatDay } from "@/app/_components/history/format-day";
import { RowActions } from "@/app/_components/row-actions";
import { formatEuro } from "@/server/funding/money";
import type { MikroprojektRegister } from "@/server/funding/mikroprojekte";

type Props = { register: MikroprojektRegister; deleteAction?: (formData: FormData) => Promise<void> };

/** One year's Mikroprojekte; editors get an edit link and a delete button per row. */
export async function MikroprojektTable({ register, deleteAction }: Props) {
  const [t, format] = await Promise.all([getTranslations("Mikroprojekte"), getFormatter()]);
  if (register.projects.length === 0) return <p className="mt-2">{t("none", { year: register.year })}</p>;
  const columns = [t("columns.date"), t("columns.title"), t("columns.recipient"), t("columns.field"), { label: t("columns.amount"), numeric: true as const }, t("columns.status")];
  return (
    <DataTable caption={t("tableCaption", { year: register.year })} columns={deleteAction ? [...columns, { label: t("columns.actions"), srOnly: true }] : columns}>
      {register.projects.map((p) => (
        <tr key={p.id} className={rowClass}>
          <td className={cellClass}>{p.date ? formatDay(format, p.date) : ""}</td>
          <td className={cellClass}>
            {p.title}
            {p.isDemo && <span className="ms-2 rounded bg-gray-200 px-1 text-sm">{t("demo")}</span>}
          </td>
          <td className={cellClass}>{p.recipient}</td>
          <td className={cellClass}>{p.handlungsfeldName}</td>
          <td className={numberCellClass}>{formatEuro(p.amountCents)}</td>
          <td className={deleteAction ? cellClass : lastCellClass}>{t(`status.${p.status}`)}</td>
          {deleteAction && (
            <RowActions
              editHref={`/planung/mikroprojekte?jahr=${register.year}&bearbeiten=${p.id}#mikroprojekt-form`}
              editText={t("editShort")}
              editLabel={t("edit", { title: p.title })}
              deleteText={t("deleteShort")}
              deleteLabel={t("delete", { title: p.title })}
              id={p.id}
              deleteAction={deleteAction}
            />
          )}
        </tr>
      ))}
    </DataTable>
  );
}
