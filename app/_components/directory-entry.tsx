import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PublicOffer } from "@/server/offers/queries";
import { oneLineAddress } from "@/server/offers/address";
import { offerHoursLines } from "./collapse-hours";
import { isHttpUrl, linkClass, telHref } from "./offer-section";
import { langIfOther } from "./offer-text-notice";

/**
 * One offer of the printable directory: name, provider, contact, address and hours, compact enough
 * for many to a page. Built from the public DTO only, so hidden addresses never appear.
 */
export async function DirectoryEntry({ offer }: { offer: PublicOffer }) {
  const [t, tHours, locale] = await Promise.all([getTranslations("Directory"), getTranslations("Hours"), getLocale()]);
  const website = offer.url ?? offer.organization.website;
  const hours = [...offerHoursLines(offer, tHours, locale), ...(offer.byArrangement ? [t("byArrangement")] : [])];
  const address =
    offer.addressVisibility === "HIDDEN"
      ? t("hiddenAddress")
      : offer.addressVisibility === "NONE"
        ? t("noAddress")
        : offer.locations.map((l) => oneLineAddress(l)).filter(Boolean).join(" · ");
  return (
    <li className="break-inside-avoid border-b border-gray-300 py-2 text-sm">
      <h3 className="text-base font-semibold" lang={langIfOther(offer.text.lang.name, locale)}>
        <Link href={`/angebote/${offer.id}`} className={`${linkClass} print:no-underline`}>
          {offer.name}
        </Link>
      </h3>
      <p>
        {t("provider")}: {offer.organization.name}
      </p>
      {offer.phones.length > 0 && (
        <p>
          {t("phone")}:{" "}
          {offer.phones.map((p, i) => (
            <span key={i}>
              {i > 0 && ", "}
              <a href={telHref(p.number)} className={linkClass}>
                {p.number}
              </a>
            </span>
          ))}
        </p>
      )}
      {offer.email && (
        <p>
          {t("email")}:{" "}
          <a href={`mailto:${offer.email}`} className={linkClass}>
            {offer.email}
          </a>
        </p>
      )}
      {website && (
        <p>
          {t("website")}: {isHttpUrl(website) ? <a href={website} rel="noopener noreferrer" dir="ltr" className={linkClass}>{website}</a> : <bdi dir="ltr">{website}</bdi>}
        </p>
      )}
      {address && (
        <p>
          {t("address")}: {address}
        </p>
      )}
      {hours.length > 0 && (
        <p>
          {t("hours")}: {hours.join("; ")}
        </p>
      )}
    </li>
  );
}
