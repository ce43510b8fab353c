import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

/**
 * Every page and layout starts here: Next renders a page alongside its layout, so a page cannot
 * rely on the layout's check — "/favicon.ico" would otherwise render the search page with the
 * locale "favicon.ico".
 */
export function enterPageLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
