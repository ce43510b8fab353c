import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { linkClass } from "@/app/_components/offer-section";
import { ClientMessages, QUICK_EXIT } from "@/app/_components/client-messages";
import { QuickExit } from "@/app/_components/quick-exit";
import { Link } from "@/i18n/navigation";
import { getPublicOffer } from "@/server/offers/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Report" });
  return { title: t("thanksTitle"), robots: { index: false } };
}

/** Where the report form leads after a report was stored (a GET, so reloading sends nothing twice). */
export default async function ReportedPage({ params }: Props) {
  const { locale, id } = await params;
  enterPageLocale(locale);
  const offer = await getPublicOffer(id, locale);
  if (!offer) notFound();
  const t = await getTranslations("Report");
  return (
    <>
      {offer.protectionOffer && (
        <ClientMessages paths={QUICK_EXIT}>
          <QuickExit />
        </ClientMessages>
      )}
      <h1 className="text-2xl font-bold">{t("thanksTitle")}</h1>
      <p className="mt-4">{t("thanksText", { name: offer.name })}</p>
      <p className="mt-2">{t("thanksReply")}</p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href={`/angebote/${offer.id}`} className={linkClass}>
            {t("backToOffer", { name: offer.name })}
          </Link>
        </li>
        <li>
          <Link href="/" className={linkClass}>
            {t("backToSearch")}
          </Link>
        </li>
      </ul>
    </>
  );
}
