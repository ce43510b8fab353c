import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { Verification } from "@/server/offers/staleness";
import { formatDay } from "./format-day";

/** The reviewers' list of stale offers: organisation, last confirmation, how long overdue. */
export async function StaleOffersTable({ offers }: { offers: Verification[] }) {
  const [t, format] = await Promise.all([getTranslations("History.stale"), getFormatter()]);
  return (
    <DataTable className="mt-4" columns={[t("offer"), t("organization"), t("lastConfirmed"), t("overdue"), { label: t("history"), srOnly: true }]}>
      {offers.map((o) => (
        <tr key={o.id} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            <Link href={`/angebote/${o.id}`} className={linkClass}>
              {o.name}
            </Link>
          </th>
          <td className={cellClass}>{o.organization}</td>
          <td className={cellClass}>{o.lastVerifiedAt ? formatDay(format, o.lastVerifiedAt) : t("never")}</td>
          <td className={cellClass}>{o.monthsOverdue === null ? "–" : t("overdueMonths", { months: o.monthsOverdue })}</td>
          <td className={lastCellClass}>
            <Link href={`/meine-angebote/${o.id}/verlauf`} aria-label={t("historyLabel", { name: o.name })} className={linkClass}>
              {t("history")}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
