import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";
import { OfferSection } from "./offer-section";

/** Languages spoken, interpreters, home visits, anonymity. Step-free access etc. sit with each address. */
export async function OfferAccess({ offer, locale }: { offer: PublicOffer; locale: string }) {
  const t = await getTranslations("Offer");
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const languages = offer.languages.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  const items = [
    offer.anonymousPossible && t("anonymous"),
    offer.interpreterAvailable === true && t("interpreter"),
    offer.interpreterAvailable === false && t("noInterpreter"),
    offer.homeVisits === true && t("homeVisits"),
    offer.homeVisits === false && t("noHomeVisits"),
  ].filter((x): x is string => typeof x === "string");
  if (languages.length === 0 && items.length === 0) return null;
  return (
    <OfferSection id="offer-access" title={t("languagesAndSupport")}>
      {languages.length > 0 && (
        <p>
          {t("languages")}: {languages.join(", ")}
        </p>
      )}
      {items.length > 0 && (
        <ul className="list-disc ps-6">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </OfferSection>
  );
}
