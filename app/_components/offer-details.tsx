import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/server/offers/queries";
import { offerHoursLines } from "./collapse-hours";
import { formatDay } from "./history/format-day";
import { MerklisteButton } from "./merkliste-button";
import { OfferAbout } from "./offer-about";
import { OfferAccess } from "./offer-access";
import { OfferContact } from "./offer-contact";
import { OfferPlace } from "./offer-place";
import { linkClass, OfferSection } from "./offer-section";
import { langIfOther, OfferTextNotice } from "./offer-text-notice";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { oneLineAddress } from "@/server/offers/address";

/** One line for the Merkliste; only ever built from the DTO, which has no hidden address. */
export function merklisteAddress(offer: PublicOffer) {
  const l = offer.locations[0];
  return l ? oneLineAddress(l) : null;
}

/** Everything a resident needs to act on an offer, in reading order; prints on its own. */
export async function OfferDetails({ offer, locale, returnSearch }: { offer: PublicOffer; locale: string; returnSearch?: string }) {
  const t = await getTranslations("Offer");
  const tLayout = await getTranslations("Layout");
  const tHours = await getTranslations("Hours");
  const format = await getFormatter();
  const verified = offer.lastVerifiedAt ? formatDay(format, offer.lastVerifiedAt) : null;
  return (
    <>
      {/* The header is not printed; a printed page still says where it comes from. */}
      <p className="mb-2 hidden text-sm print:block">{tLayout("siteName")}</p>
      <h1 className="text-2xl font-bold" lang={langIfOther(offer.text.lang.name, locale)}>
        {offer.name}
      </h1>
      {/* The short name is not translated: German. */}
      {offer.alternateName && (
        <p className="text-gray-700" lang={langIfOther(DEFAULT_LOCALE, locale)}>
          {offer.alternateName}
        </p>
      )}
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
          lang={offer.text.lang.name}
          phone={offer.phones.find((p) => !p.type || p.type === "voice" || p.type === "cell")?.number ?? null}
          address={merklisteAddress(offer)}
          hours={offerHoursLines(offer, tHours, locale).join("; ") || null}
        />
        <a href="#fehler-melden" className={linkClass}>
          {t("reportLink")}
        </a>
      </div>
      <OfferTextNotice offer={offer} returnSearch={returnSearch} />
      <p className="mt-4 whitespace-pre-line" lang={langIfOther(offer.text.lang.description, locale)}>
        {offer.description}
      </p>
      {offer.phrases.length > 0 && (
        <OfferSection id="offer-phrases" title={t("phrases")}>
          <ul className="list-disc ps-6">
            {offer.phrases.map((p) => (
              <li key={p.label} lang={langIfOther(p.lang, locale)}>
                {p.label}
              </li>
            ))}
          </ul>
        </OfferSection>
      )}
      {/* The ways to get in touch come right after what the offer is, before the details and the
          opening hours: on a phone they are near the top, and reading and keyboard order match. */}
      <OfferContact offer={offer} />
      <OfferAbout offer={offer} locale={locale} />
      <OfferPlace offer={offer} />
      <OfferAccess offer={offer} locale={locale} />
      <p className="mt-6 text-sm text-gray-700">{verified ? t("lastVerified", { date: verified }) : t("notVerified")}</p>
    </>
  );
}
