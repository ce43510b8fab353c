import { getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import type { CrosswalkEntry } from "@/server/hsds/crosswalk-store";

type Props = { rows: CrosswalkEntry[]; targetLabels: Map<string, string>; deleteAction: (formData: FormData) => Promise<void> };

/** The stored crosswalk rows, each with a delete button (a row is changed by adding it again). */
export async function CrosswalkTable({ rows, targetLabels, deleteAction }: Props) {
  const t = await getTranslations("Review.crosswalk");
  if (rows.length === 0) return <p className="mt-4">{t("none")}</p>;
  return (
    <DataTable
      alignTop
      caption={t("tableCaption", { count: rows.length })}
      columns={[t("columns.taxonomy"), t("columns.term"), t("columns.target"), { label: t("columns.actions"), srOnly: true }]}
    >
      {rows.map((r) => (
        <tr key={r.id} className={rowClass}>
          <td className={cellClass}>
            <bdi>{r.taxonomy}</bdi>
          </td>
          <td className={cellClass}>
            <bdi>{r.term}</bdi>
          </td>
          <td className={cellClass}>{targetLabels.get(r.target) ?? r.target}</td>
          <td className={lastCellClass}>
            <form action={deleteAction}>
              <input type="hidden" name="id" value={r.id} />
              <button type="submit" className="underline" aria-label={t("delete", { label: `${r.taxonomy} / ${r.term}` })}>
                {t("deleteShort")}
              </button>
            </form>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
