import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES } from "@/i18n/locale-names";
import { RTL_LOCALES } from "@/i18n/locales";
import { pageAlternates } from "@/server/i18n/page-alternates";

/**
 * The language switch in the header of every page: plain links to the same page, query included
 * (a search stays the same search), in each language the site serves, each named in itself.
 * Works without JavaScript; wraps on a narrow phone rather than hiding behind a menu, so a
 * reader who cannot read the page's language still sees their own language's name.
 */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const alternates = await pageAlternates(locale);
  if (alternates.length < 2) return null;
  const t = await getTranslations("Pages.nav");
  return (
    <nav aria-label={t("languages")}>
      <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-sm">
        {alternates.map(({ locale: code, href }) => (
          <li key={code}>
            <a
              href={href}
              lang={code}
              hrefLang={code}
              dir={RTL_LOCALES.includes(code) ? "rtl" : "ltr"}
              aria-current={code === locale ? "true" : undefined}
              className={code === locale ? "font-bold text-white no-underline" : "text-white underline hover:no-underline"}
            >
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
