import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { placeholderClass, type TextSection } from "@/app/_components/offer-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Pages.leichteSprache" });
  return { title: t("title") };
}

/** The site explained in Leichte Sprache: one statement per line, large text. */
export default async function LeichteSprachePage({ params }: Props) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Pages.leichteSprache");
  const sections = t.raw("sections") as TextSection[];
  return (
    <div className="text-lg leading-relaxed">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className={`mt-4 text-base ${placeholderClass}`}>{t("draftNote")}</p>
      {sections.map((s) => (
        <section key={s.heading} className="mt-8">
          <h2 className="text-2xl font-semibold">{s.heading}</h2>
          {s.lines.map((line) => (
            <p key={line} className="mt-2">
              {line}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
