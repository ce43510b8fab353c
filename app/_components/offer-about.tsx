import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";
import { OfferSection } from "./offer-section";
import { langIfOther } from "./offer-text-notice";

/** For whom the offer is, what it costs and how to get it (the description is shown above the contact). */
export async function OfferAbout({ offer, locale }: { offer: PublicOffer; locale: string }) {
  const t = await getTranslations("Offer");
  const costs = offer.feesDescription ?? (offer.free === true ? t("free") : offer.free === false ? t("notFree") : t("costsUnknown"));
  return (
    <>
      {offer.eligibility && (
        <OfferSection id="offer-for-whom" title={t("forWhom")}>
          <p className="whitespace-pre-line" lang={langIfOther(offer.text.lang.eligibilityDescription, locale)}>
            {offer.eligibility}
          </p>
        </OfferSection>
      )}
      <OfferSection id="offer-costs" title={t("costs")}>
        <p lang={offer.feesDescription ? langIfOther(offer.text.lang.feesDescription, locale) : undefined}>{costs}</p>
      </OfferSection>
      {(offer.applicationProcess || offer.appointmentRequired || offer.requiredDocuments.length > 0) && (
        <OfferSection id="offer-how" title={t("howToGetIt")}>
          {offer.appointmentRequired && <p className="font-semibold">{t("appointmentRequired")}</p>}
          {offer.applicationProcess && (
            <p className="whitespace-pre-line" lang={langIfOther(offer.text.lang.applicationProcess, locale)}>
              {offer.applicationProcess}
            </p>
          )}
          {offer.requiredDocuments.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{t("requiredDocuments")}</h3>
              <ul className="list-disc ps-6">
                {offer.requiredDocuments.map((doc, i) => (
                  <li key={i}>{doc}</li>
                ))}
              </ul>
            </>
          )}
        </OfferSection>
      )}
    </>
  );
}
