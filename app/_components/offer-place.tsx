import { getTranslations } from "next-intl/server";
import type { PublicLocation, PublicOffer } from "@/server/offers/queries";
import { OfferHours } from "./offer-hours";
import { OfferSection } from "./offer-section";

/**
 * Where the offer is. For HIDDEN and NONE the DTO carries no location, so only the way to get in
 * touch and the service area are shown, never a place.
 */
export async function OfferPlace({ offer }: { offer: PublicOffer }) {
  const t = await getTranslations("Offer");
  const { scope, note, areas } = offer.serviceArea;
  const generalHoursLabel = offer.locations.length > 0 ? t("generalHours") : undefined;
  return (
    <>
      <OfferSection id="offer-address" title={offer.locations.length > 1 ? t("addresses") : t("address")}>
        {offer.addressVisibility === "HIDDEN" && <p>{t("hiddenAddress")}</p>}
        {offer.addressVisibility === "NONE" && <p>{t("noAddress")}</p>}
        {offer.addressVisibility === "PUBLIC" && offer.locations.length === 0 && <p>{t("addressUnknown")}</p>}
        {offer.locations.map((l) => (
          <OfferLocation key={l.id} location={l} />
        ))}
      </OfferSection>
      <OfferSection id="offer-area" title={t("serviceArea")}>
        <p>
          {t(`scope.${scope}`)}
          {areas.length > 0 && `: ${areas.join(", ")}`}
        </p>
        {note && <p>{note}</p>}
      </OfferSection>
      <OfferSection id="offer-hours" title={t("openingHours")}>
        {offer.locations.map((l) => (
          <OfferHours key={l.id} schedules={l.schedules} label={offer.locations.length > 1 ? (l.name ?? l.street ?? undefined) : undefined} />
        ))}
        <OfferHours schedules={offer.schedules} label={generalHoursLabel} />
        {offer.byArrangement && <p className="mt-2">{t("byArrangement")}</p>}
        {!offer.byArrangement && offer.schedules.length === 0 && offer.locations.every((l) => l.schedules.length === 0) && (
          <p>{t("hoursUnknown")}</p>
        )}
      </OfferSection>
    </>
  );
}

async function OfferLocation({ location: l }: { location: PublicLocation }) {
  const t = await getTranslations("Offer");
  const flags = [
    l.stepFree === true && t("stepFree"),
    l.stepFree === false && t("notStepFree"),
    l.accessibleToilet === true && t("accessibleToilet"),
    l.accessibleToilet === false && t("noAccessibleToilet"),
    l.hearingLoop === true && t("hearingLoop"),
  ].filter((x): x is string => typeof x === "string");
  return (
    <div className="mt-2 break-inside-avoid">
      <address className="not-italic">
        {l.name && <span className="block font-semibold">{l.name}</span>}
        {l.street && <span className="block">{l.street}</span>}
        <span className="block">{[l.postalCode, l.city].filter(Boolean).join(" ")}</span>
      </address>
      <h3 className="mt-2 font-semibold">{t("accessibility")}</h3>
      {flags.length > 0 || l.accessibilityNote ? (
        <ul className="list-disc ps-6">
          {flags.map((f) => (
            <li key={f}>{f}</li>
          ))}
          {l.accessibilityNote && <li>{l.accessibilityNote}</li>}
        </ul>
      ) : (
        <p>{t("accessibilityUnknown")}</p>
      )}
    </div>
  );
}
