import { getLocale } from "next-intl/server";
import { RTL_LOCALES } from "@/i18n/locales";
import { offeredLocale } from "@/server/i18n/language-offer";
import { pageAlternates } from "@/server/i18n/page-alternates";
import { LANGUAGE_OFFER_TEXT } from "./language-offer-text";

/**
 * One line at the top of the page when the browser asks for another language the site serves:
 * a link to this page in that language, written in it. No redirect and no cookie: the reader
 * chooses, and the next page asks the browser again (proxy.ts sends Vary: Accept-Language).
 */
export async function LanguageOffer() {
  const locale = await getLocale();
  const offered = await offeredLocale(locale);
  if (!offered) return null;
  const href = (await pageAlternates(locale)).find((a) => a.locale === offered)?.href;
  if (!href) return null;
  return (
    <p lang={offered} dir={RTL_LOCALES.includes(offered) ? "rtl" : "ltr"} className="bg-blue-50 px-4 py-2 text-center text-gray-900">
      <a href={href} hrefLang={offered} className="font-semibold text-brand underline hover:text-brand-dark">
        {LANGUAGE_OFFER_TEXT[offered]}
      </a>
    </p>
  );
}
