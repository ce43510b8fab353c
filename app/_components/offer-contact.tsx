import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";
import { isHttpUrl, linkClass, OfferSection, telHref } from "./offer-section";

const DIALLABLE = new Set(["voice", "cell", "textphone", "video"]);

/** Phone, email, website, named contacts and the ways the offer can be reached. */
export async function OfferContact({ offer }: { offer: PublicOffer }) {
  const t = await getTranslations("Offer");
  const website = offer.url ?? offer.organization.website;
  return (
    <OfferSection id="offer-contact" title={t("contact")}>
      {offer.channels.length > 0 && (
        <p className="mb-2">
          {t("channelsIntro")} {offer.channels.map((c) => t(`channel.${c}`)).join(", ")}
        </p>
      )}
      <ul className="space-y-1">
        {offer.phones.map((p, i) => {
          const type = p.type && p.type !== "voice" ? p.type : null;
          return (
            <li key={i}>
              {type ? t(`phoneType.${type}`) : t("phone")}:{" "}
              {DIALLABLE.has(p.type ?? "voice") ? (
                <a href={telHref(p.number)} className={linkClass}>
                  {p.number}
                </a>
              ) : (
                <bdi dir="ltr">{p.number}</bdi>
              )}
              {p.extension && ` ${t("extension", { extension: p.extension })}`}
              {p.description && <span className="block text-sm text-gray-700">{p.description}</span>}
            </li>
          );
        })}
        {offer.email && (
          <li>
            {t("email")}:{" "}
            <a href={`mailto:${offer.email}`} className={linkClass}>
              {offer.email}
            </a>
          </li>
        )}
        {website && (
          <li>
            {offer.url ? t("website") : t("providerWebsite")}:{" "}
            {isHttpUrl(website) ? (
              <a href={website} rel="noopener noreferrer" dir="ltr" className={`${linkClass} break-all`}>
                {website}
              </a>
            ) : (
              <bdi dir="ltr">{website}</bdi>
            )}
          </li>
        )}
      </ul>
      {offer.contacts.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">{t("contactPersons")}</h3>
          <ul className="space-y-1">
            {offer.contacts.map((c, i) => (
              <li key={i}>
                {[c.name, c.title, c.department].filter(Boolean).join(", ")}
                {c.email && (
                  <>
                    {c.name || c.title || c.department ? ": " : ""}
                    <a href={`mailto:${c.email}`} className={linkClass}>
                      {c.email}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {offer.phones.length === 0 && !offer.email && !website && offer.contacts.length === 0 && <p>{t("contactUnknown")}</p>}
    </OfferSection>
  );
}
