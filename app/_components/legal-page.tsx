import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { enterPageLocale } from "@/i18n/page-locale";
import { isPlaceholder, placeholderClass, type TextSection } from "./offer-section";

// Impressum, Datenschutz, Barrierefreiheit: texts the city fills in (messages/<locale>/pages.json),
// rendered one way, with every placeholder line marked on the page.

type Namespace = "impressum" | "datenschutz" | "barrierefreiheit";
type Props = { params: Promise<{ locale: string }> };

export function legalPageMetadata(namespace: Namespace) {
  return async ({ params }: Props): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace: `Pages.${namespace}` });
    return { title: t("title") };
  };
}

export function legalPage(namespace: Namespace) {
  return async function LegalPage({ params }: Props) {
    enterPageLocale((await params).locale);
    const t = await getTranslations(`Pages.${namespace}`);
    const tPages = await getTranslations("Pages");
    const sections = t.raw("sections") as TextSection[];
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className={`mt-4 font-semibold ${placeholderClass}`}>{tPages("placeholderBanner")}</p>
        {t.has("intro") && <p className="mt-4">{t("intro")}</p>}
        {sections.map((s) => (
          <section key={s.heading} className="mt-6">
            <h2 className="text-lg font-semibold">{s.heading}</h2>
            {s.lines.map((line) => (
              <p key={line} className={isPlaceholder(line) ? placeholderClass : "my-1"}>
                {line}
              </p>
            ))}
          </section>
        ))}
      </>
    );
  };
}
