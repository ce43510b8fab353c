import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages, MERKLISTE_BUTTON, QUICK_EXIT } from "@/app/_components/client-messages";
import { OfferDetails } from "@/app/_components/offer-details";
import { OfferReportForm } from "@/app/_components/offer-report-form";
import { linkClass } from "@/app/_components/offer-section";
import { OfferPlanMeasures } from "@/app/_components/plan/offer-plan-measures";
import { QuickExit } from "@/app/_components/quick-exit";
import { getPathname, Link } from "@/i18n/navigation";
import { queryString, RETURN_PARAM, returnSearchQuery } from "@/search/return-search";
import { offerPageView } from "@/server/offers/offer-text";
import { getPublicOffer } from "@/server/offers/queries";
import { reportErrorAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

// The title is the name as the page shows it: translated, in Leichte Sprache, or German.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const offer = await getPublicOffer(id, locale, offerPageView((await searchParams)?.text, locale));
  return offer ? { title: offer.name } : {};
}

export default async function OfferPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const backQuery = returnSearchQuery(query?.[RETURN_PARAM]);
  enterPageLocale(locale);
  const offer = await getPublicOffer(id, locale, offerPageView(query?.text, locale));
  if (!offer) notFound();
  const t = await getTranslations("Offer");
  const permalink = `${getPathname({ href: `/angebote/${offer.id}`, locale })}#fehler-melden`;
  return (
    <ClientMessages paths={[...MERKLISTE_BUTTON, ...QUICK_EXIT, "Report"]}>
      <article>
        {offer.protectionOffer && <QuickExit />}
        <p className="mb-4 print:hidden">
          <Link href={{ pathname: "/", query: backQuery }} className={linkClass}>
            {t("back")}
          </Link>
        </p>
        <OfferDetails offer={offer} locale={locale} returnSearch={queryString(backQuery) || undefined} />
        <OfferPlanMeasures measures={offer.planMeasures} />
        <OfferReportForm offerId={offer.id} action={reportErrorAction} permalink={permalink} />
      </article>
    </ClientMessages>
  );
}
