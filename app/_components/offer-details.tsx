import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";
import { offerHoursLines } from "./collapse-hours";
import { formatDay } from "./history/format-day";
import { MerklisteButton } from "./merkliste-button";
import { OfferAbout } from "./offer-about";
import { OfferAccess } from "./offer-access";
import { OfferContact } from "./offer-contact";
import { OfferPlace } from "./offer-place";
import { linkClass } from "./offer-section";
import { oneLineAddress } from "@/server/offers/address";

/** One line for the Merkliste; only ever built from the DTO, which has no hidden address. */
export function merklisteAddress(offer: PublicOffer) {
  const l = offer.locations[0];
  return l ? oneLineAddress(l) : null;
}

/** Everything a resident needs to act on an offer, in reading order; prints on its own. */
export async function OfferDetails({ offer, locale }: { offer: PublicOffer; locale: string }) {
  const t = await getTranslations("Offer");
  const tLayout = await getTranslations("Layout");
  const tHours = await getTranslations("Hours");
  const format = await getFormatter();
  const verified = offer.lastVerifiedAt ? formatDay(format, offer.lastVerifiedAt) : null;
  return (
    <>
      {/* The header is not printed; a printed page still says where it comes from. */}
      <p className="mb-2 hidden text-sm print:block">{tLayout("siteName")}</p>
      <h1 className="text-2xl font-bold">{offer.name}</h1>
      {offer.alternateName && <p className="text-gray-700">{offer.alternateName}</p>}
      <p className="text-gray-700">
        {t("provider")}: {offer.organization.name}
      </p>
      {offer.categories.length > 0 && (
        <p className="text-sm text-gray-700">
          {t("categories")}: {offer.categories.join(", ")}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {offer.isDemo && <span className="rounded bg-amber-100 px-2 py-1 text-sm">{t("demo")}</span>}
        {offer.anonymousPossible && <span className="rounded bg-green-100 px-2 py-1 text-sm font-semibold">{t("anonymousBadge")}</span>}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4 print:hidden">
        <MerklisteButton
          id={offer.id}
          name={offer.name}
          phone={offer.phones.find((p) => !p.type || p.type === "voice" || p.type === "cell")?.number ?? null}
          address={merklisteAddress(offer)}
          hours={offerHoursLines(offer, tHours, locale).join("; ") || null}
        />
        <a href="#fehler-melden" className={linkClass}>
          {t("reportLink")}
        </a>
      </div>
      <p className="mt-4 whitespace-pre-line">{offer.description}</p>
      {/* The ways to get in touch come right after what the offer is, before the details and the
          opening hours: on a phone they are near the top, and reading and keyboard order match. */}
      <OfferContact offer={offer} />
      <OfferAbout offer={offer} />
      <OfferPlace offer={offer} />
      <OfferAccess offer={offer} locale={locale} />
      <p className="mt-6 text-sm text-gray-700">{verified ? t("lastVerified", { date: verified }) : t("notVerified")}</p>
    </>
  );
}
