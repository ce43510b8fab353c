import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { DEFAULT_LOCALE, RTL_LOCALES } from "@/i18n/locales";
import { PAGE_URL_HEADER } from "@/i18n/page-url";
import { isEnabledLocale } from "@/server/i18n/enabled-locales";
import "./globals.css";

export const metadata: Metadata = { title: "404", robots: { index: false } };

/**
 * An address no route matches ("/gibt-es-nicht", "/ar/gibt-es-nicht"): a whole page of its own
 * (next.config.ts `globalNotFound`), so it has `lang`, `dir` and text in the visitor's language
 * (taken from the address's first segment) and works without JavaScript. Pages that call
 * notFound() get app/[locale]/not-found.tsx inside the site's frame instead.
 */
export default async function GlobalNotFound() {
  const requested = (await headers()).get(PAGE_URL_HEADER) ?? "/";
  const first = requested.split(/[/?#]/)[1] ?? "";
  const locale = first !== DEFAULT_LOCALE && isEnabledLocale(first) ? first : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale} dir={RTL_LOCALES.includes(locale) ? "rtl" : "ltr"}>
      <body className="min-h-screen bg-white font-sans text-gray-900">
        <main className="mx-auto max-w-4xl px-4 py-6">
          <p className="text-lg font-bold text-brand">{t("siteName")}</p>
          <h1 className="mt-4 text-2xl font-bold">{t("notFoundTitle")}</h1>
          <p className="mt-2">{t("notFoundText")}</p>
          <p className="mt-2">
            <a href={locale === DEFAULT_LOCALE ? "/" : `/${locale}`} className={linkClass}>
              {t("notFoundHome")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
