import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages, ERROR_PAGE, HEADER_ACCOUNT } from "@/app/_components/client-messages";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";
import { RTL_LOCALES } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { pageAlternateUrls } from "@/server/i18n/page-alternates";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    title: { default: t("siteName"), template: `%s – ${t("siteName")}` },
    description: t("tagline"),
    // Every page in each served language, query included (<link rel="alternate" hreflang>).
    alternates: { languages: await pageAlternateUrls(locale) },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Layout");
  return (
    <html lang={locale} dir={RTL_LOCALES.includes(locale) ? "rtl" : "ltr"}>
      <body className="min-h-screen bg-white font-sans text-gray-900">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Locale, time zone and formats for client components, and the error page's two messages
            (it renders outside the pages) and the header's account line; each page gives its client components the messages they
            translate (ClientMessages), the rest renders on the server. */}
        <ClientMessages paths={[...ERROR_PAGE, ...HEADER_ACCOUNT]}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-4xl px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
