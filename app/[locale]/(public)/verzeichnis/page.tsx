import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DirectoryEntry } from "@/app/_components/directory-entry";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { DIRECTORY_GROUPINGS, directoryParamsSchema, getDirectory } from "@/server/offers/directory";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Directory" });
  return { title: t("title") };
}

/** All public offers by Lebensphase (`?nach=handlungsfeld`: by Handlungsfeld), laid out for A4 paper. */
export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const { nach } = directoryParamsSchema.parse(await searchParams);
  const [t, format, directory] = await Promise.all([getTranslations("Directory"), getFormatter(), getDirectory(nach, locale)]);
  const sections = [...directory.groups, ...(directory.ungrouped.length > 0 ? [{ label: t("ungrouped"), offers: directory.ungrouped }] : [])];
  const date = format.dateTime(new Date(), "date");
  return (
    <div className="print-a4 print-directory">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro", { count: directory.total })}</p>
      <p className="mt-1 text-sm">{t("printedOn", { date })}</p>
      <nav aria-label={t("groupingLabel")} className="mt-3 print:hidden">
        <span className="font-semibold">{t("groupingLabel")}:</span>{" "}
        {DIRECTORY_GROUPINGS.map((g, i) => (
          <span key={g}>
            {i > 0 && " · "}
            {g === nach ? (
              <span aria-current="page" className="font-semibold">
                {t(`by.${g}`)}
              </span>
            ) : (
              <Link href={g === "lebensphase" ? "/verzeichnis" : `/verzeichnis?nach=${g}`} className={linkClass}>
                {t(`by.${g}`)}
              </Link>
            )}
          </span>
        ))}
      </nav>
      <p className="mt-2 text-sm text-gray-700 print:hidden">{t("printHint")}</p>
      <nav aria-labelledby="directory-contents" className="mt-4 print:hidden">
        <h2 id="directory-contents" className="font-semibold">
          {t("contents")}
        </h2>
        <ul className="list-disc ps-6">
          {sections.map((s, i) => (
            <li key={s.label}>
              <a href={`#gruppe-${i + 1}`} className={linkClass}>
                {s.label}
              </a>{" "}
              ({t("count", { count: s.offers.length })})
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s, i) => (
        <section key={s.label} aria-labelledby={`gruppe-${i + 1}`} className={`mt-6${i > 0 ? " print:break-before-page" : ""}`}>
          <h2 id={`gruppe-${i + 1}`} className="border-b-2 border-gray-600 text-xl font-semibold">
            {s.label}
          </h2>
          <ul className="print:columns-2 print:gap-6">
            {s.offers.map((offer) => (
              <DirectoryEntry key={offer.id} offer={offer} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
