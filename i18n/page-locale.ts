import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { isEnabledLocale } from "@/server/i18n/enabled-locales";
import type { Locale } from "./routing";

/**
 * Every page and layout starts here: Next renders a page alongside its layout, so a page cannot
 * rely on the layout's check — "/favicon.ico" would otherwise render the search page with the
 * locale "favicon.ico". A language the site does not serve (SITE_LOCALES) is not found either.
 */
export function enterPageLocale(locale: string): Locale {
  if (!isEnabledLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
