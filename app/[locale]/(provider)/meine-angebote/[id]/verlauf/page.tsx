import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { linkClass } from "@/app/_components/offer-section";
import { orNotFound } from "@/app/_components/review/or-not-found";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { listHistory } from "@/server/revisions/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review.history" });
  return { title: t("version"), robots: { index: false } };
}

/** Every publication of the offer: version, when, how, by whom. */
export default async function HistoryPage({ params }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const user = await requireUser(`/meine-angebote/${encodeURIComponent(id)}/verlauf`);
  const history = await orNotFound(listHistory(user, id));
  const [t, format] = await Promise.all([getTranslations("Review.history"), getFormatter()]);
  return (
    <>
      <AccountNav user={user} />
      <p className="mb-4">
        <Link href="/meine-angebote" className={linkClass}>
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title", { name: history.name })}</h1>
      {history.entries.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-600">
                <th scope="col" className="py-1 pr-4">{t("version")}</th>
                <th scope="col" className="py-1 pr-4">{t("date")}</th>
                <th scope="col" className="py-1 pr-4">{t("source")}</th>
                <th scope="col" className="py-1">{t("actor")}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((e) => (
                <tr key={e.version} className="border-b border-gray-300">
                  <td className="py-1 pr-4">{e.version}</td>
                  <td className="py-1 pr-4">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })}</td>
                  <td className="py-1 pr-4">{t(`sources.${e.source}`)}</td>
                  <td className="py-1">{e.actor ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
