import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { linkClass, placeholderClass, type TextSection } from "@/app/_components/offer-section";
import { langIfOther } from "@/app/_components/offer-text-notice";
import { Link } from "@/i18n/navigation";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { listLeichteSpracheOffers } from "@/server/offers/leichte-sprache";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Pages.leichteSprache" });
  return { title: t("title") };
}

/** The site explained in Leichte Sprache: one statement per line, large text; then the offers described in Leichte Sprache. */
export default async function LeichteSprachePage({ params }: Props) {
  const { locale } = await params;
  enterPageLocale(locale);
  await connection(); // the list of offers comes from the database per request, not from the build
  const [t, offers] = await Promise.all([getTranslations("Pages.leichteSprache"), listLeichteSpracheOffers()]);
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
      <section aria-labelledby="ls-angebote" className="mt-8">
        <h2 id="ls-angebote" className="text-2xl font-semibold">
          {t("offersTitle")}
        </h2>
        <p className="mt-2">{offers.length > 0 ? t("offersIntro") : t("noOffers")}</p>
        {offers.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {offers.map((o) => (
              <li key={o.id}>
                {/* The names are in Leichte Sprache, i.e. German, whatever the page's language. */}
                <Link href={{ pathname: `/angebote/${o.id}`, query: { text: "leicht" } }} className={linkClass} lang={langIfOther(DEFAULT_LOCALE, locale)}>
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
