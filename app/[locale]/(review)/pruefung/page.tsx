import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { noticeClass } from "@/app/_components/account/form-styles";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { OrganizationQueue } from "@/app/_components/organizations/organization-queue";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listOrganizationReviewQueue } from "@/server/organizations/queries";
import { listReviewQueue } from "@/server/revisions/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.queue" });
  return { title: t("title"), robots: { index: false } };
}

/** The reviewers' queue: submitted changes, oldest first. */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/pruefung");
  const [queue, organizationQueue] = await Promise.all([listReviewQueue(user), listOrganizationReviewQueue(user)]);
  // The stale offers are one link away in the account navigation (AccountNav).
  const [t, format, query] = await Promise.all([getTranslations("Review.queue"), getFormatter(), searchParams]);
  const done = query.freigegeben === "1" ? "approved" : query.zurueckgegeben === "1" ? "rejected" : null;
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {done && (
        <p role="status" className={noticeClass}>
          {t(done)}
        </p>
      )}
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      {queue.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <DataTable className="mt-4" columns={[t("offer"), t("author"), t("submittedAt"), { label: t("open"), srOnly: true }]}>
          {queue.map((r) => (
            <tr key={r.id} className={rowClass}>
              <td className={cellClass}>{r.offerName}</td>
              <td className={cellClass}>{r.author ?? "–"}</td>
              <td className={cellClass}>{r.submittedAt ? format.dateTime(r.submittedAt, "short") : "–"}</td>
              <td className={lastCellClass}>
                <Link href={`/pruefung/${r.id}`} aria-label={t("openLabel", { name: r.offerName })} className={linkClass}>
                  {t("open")}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <OrganizationQueue items={organizationQueue} />
    </>
  );
}
