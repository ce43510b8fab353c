import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass } from "@/app/_components/data-table";
import { formatDay } from "@/app/_components/history/format-day";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
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
            <td className={`${lastCellClass} flex gap-3`}>
              <Link href={`/planung/mikroprojekte?jahr=${register.year}&bearbeiten=${p.id}#mikroprojekt-form`} className={linkClass} aria-label={t("edit", { title: p.title })}>
                {t("editShort")}
              </Link>
              <form action={deleteAction}>
                <input type="hidden" name="id" value={p.id} />
                <button type="submit" className="underline" aria-label={t("delete", { title: p.title })}>
                  {t("deleteShort")}
                </button>
              </form>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
