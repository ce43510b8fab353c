import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { noticeClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { orNotFound } from "@/app/_components/review/or-not-found";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
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
  const queue = await orNotFound(listReviewQueue(user));
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
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-600">
                <th scope="col" className="py-1 pr-4">{t("offer")}</th>
                <th scope="col" className="py-1 pr-4">{t("author")}</th>
                <th scope="col" className="py-1 pr-4">{t("submittedAt")}</th>
                <th scope="col" className="py-1"><span className="sr-only">{t("open")}</span></th>
              </tr>
            </thead>
            <tbody>
              {queue.map((r) => (
                <tr key={r.id} className="border-b border-gray-300">
                  <td className="py-1 pr-4">{r.offerName}</td>
                  <td className="py-1 pr-4">{r.author ?? "–"}</td>
                  <td className="py-1 pr-4">{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }) : "–"}</td>
                  <td className="py-1">
                    <Link href={`/pruefung/${r.id}`} aria-label={t("openLabel", { name: r.offerName })} className={linkClass}>
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
