import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isPlaceholder, placeholderClass, type TextSection } from "@/app/_components/offer-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Pages.datenschutz" });
  return { title: t("title") };
}

/** Content placeholders the city fills in (messages/<locale>/pages.json); placeholders are marked on the page. */
export default async function DatenschutzPage({ params }: Props) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Pages.datenschutz");
  const tPages = await getTranslations("Pages");
  const sections = t.raw("sections") as TextSection[];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className={`mt-4 font-semibold ${placeholderClass}`}>{tPages("placeholderBanner")}</p>
      <p className="mt-4">{t("intro")}</p>
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
}
