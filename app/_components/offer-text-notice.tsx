import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { RETURN_PARAM } from "@/search/return-search";
import { TEXT_VIEWS, type TextView } from "@/server/offers/offer-text";
import type { PublicOffer } from "@/server/offers/queries";
import { linkClass } from "./offer-section";

/** `lang` for a text block: only where its language differs from the page's. */
export const langIfOther = (textLang: string, locale: string) => (textLang === locale ? undefined : textLang);

type Props = { offer: PublicOffer; returnSearch?: string };

/**
 * Which text the resident reads: the Leichte Sprache switch (plain links, so it works without
 * JavaScript; the search to return to travels along) and a note when the text is German only or
 * an outdated translation.
 */
export async function OfferTextNotice({ offer, returnSearch }: Props) {
  const t = await getTranslations("Offer");
  const { kind, outdated, hasLeichteSprache } = offer.text;
  const current: TextView = kind === "leichteSprache" ? "leicht" : "standard";
  const href = (view: TextView) => ({
    pathname: `/angebote/${offer.id}`,
    query: { text: view, ...(returnSearch ? { [RETURN_PARAM]: returnSearch } : {}) },
  });
  return (
    <>
      {hasLeichteSprache && (
        <nav aria-label={t("textSwitch.label")} className="mt-3 print:hidden">
          <span className="font-semibold">{t("textSwitch.label")}:</span>{" "}
          {TEXT_VIEWS.map((view, i) => (
            <span key={view}>
              {i > 0 && " · "}
              {view === current ? (
                <span aria-current="true" className="font-semibold">
                  {t(`textSwitch.${view}`)}
                </span>
              ) : (
                <Link href={href(view)} className={linkClass}>
                  {t(`textSwitch.${view}`)}
                </Link>
              )}
            </span>
          ))}
        </nav>
      )}
      {kind === "germanOnly" && (
        <p role="note" className="mt-3 rounded border-s-4 border-gray-500 bg-gray-100 px-3 py-2">
          {t("germanOnly")}
        </p>
      )}
      {outdated && (
        <p role="note" className="mt-3 rounded border-s-4 border-amber-600 bg-amber-50 px-3 py-2">
          {kind === "leichteSprache" ? t("leichteSpracheOutdated") : t("translationOutdated")}{" "}
          {kind === "leichteSprache" ? (
            <Link href={href("standard")} className={linkClass}>
              {t("textSwitch.standard")}
            </Link>
          ) : (
            // The German standard text, whose change made this translation outdated.
            <Link href={href("standard")} locale={DEFAULT_LOCALE} hrefLang={DEFAULT_LOCALE} className={linkClass}>
              {t("showGerman")}
            </Link>
          )}
        </p>
      )}
    </>
  );
}
