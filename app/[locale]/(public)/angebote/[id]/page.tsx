import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfferDetails } from "@/app/_components/offer-details";
import { Link } from "@/i18n/navigation";
import { getPublicOffer } from "@/server/offers/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await getPublicOffer((await params).id);
  return offer ? { title: offer.name } : {};
}

export default async function OfferPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const offer = await getPublicOffer(id);
  if (!offer) notFound();
  const t = await getTranslations("Offer");
  return (
    <article>
      <p className="mb-4">
        <Link href="/">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{offer.name}</h1>
      <p className="text-gray-700">
        {t("provider")}: {offer.organizationName}
      </p>
      <OfferDetails offer={offer} locale={locale} />
    </article>
  );
}
