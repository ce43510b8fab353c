import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { OrganizationQueueItem } from "@/server/organizations/queries";

/** The review queue's second table: submitted changes to organisations, oldest first. */
export async function OrganizationQueue({ items }: { items: OrganizationQueueItem[] }) {
  const [t, tQueue, format] = await Promise.all([getTranslations("Organizations.queue"), getTranslations("Review.queue"), getFormatter()]);
  return (
    <section aria-labelledby="organization-queue" className="mt-10">
      <h2 id="organization-queue" className="text-xl font-bold">
        {t("title")}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <DataTable columns={[t("organization"), tQueue("author"), tQueue("submittedAt"), { label: tQueue("open"), srOnly: true }]}>
          {items.map((r) => (
            <tr key={r.id} className={rowClass}>
              <td className={cellClass}>{r.organizationName}</td>
              <td className={cellClass}>{r.author ?? "–"}</td>
              <td className={cellClass}>{r.submittedAt ? format.dateTime(r.submittedAt, "short") : "–"}</td>
              <td className={lastCellClass}>
                <Link href={`/pruefung/organisation/${r.id}`} aria-label={t("openLabel", { name: r.organizationName })} className={linkClass}>
                  {tQueue("open")}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
