import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isPlaceholder, placeholderClass } from "@/app/_components/offer-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Pages.gebaerdensprache" });
  return { title: t("title") };
}

/** The place for the city's DGS video (served from this site once it exists: no third-party embed). */
export default async function GebaerdensprachePage({ params }: Props) {
  const { locale } = await params;
  enterPageLocale(locale);
  const t = await getTranslations("Pages.gebaerdensprache");
  const list = (key: "summary" | "contact") => t.raw(key) as string[];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>
      <figure className="mt-6 flex aspect-video max-w-2xl flex-col items-center justify-center rounded border-4 border-dashed border-amber-600 bg-amber-50 p-6 text-center">
        <figcaption className="text-lg font-bold">{t("videoLabel")}</figcaption>
        <p className="mt-2">{t("videoPlaceholder")}</p>
      </figure>
      <section className="mt-6">
        <h2 className="text-lg font-semibold">{t("summaryTitle")}</h2>
        <ul className="list-disc ps-6">
          {list("summary").map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="mt-6">
        <h2 className="text-lg font-semibold">{t("contactTitle")}</h2>
        {list("contact").map((line) => (
          <p key={line} className={isPlaceholder(line) ? placeholderClass : "my-1"}>
            {line}
          </p>
        ))}
      </section>
    </>
  );
}
