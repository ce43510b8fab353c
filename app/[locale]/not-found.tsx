import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";

/**
 * An address no page has, an offer that is gone or a page outside one's role: said in the
 * visitor's language inside the site's frame (header, `lang`, `dir`), with the way back to the search.
 */
export default async function NotFound() {
  const t = await getTranslations("Layout");
  return (
    <section>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2">{t("notFoundText")}</p>
      <p className="mt-2">
        <Link href="/" className={linkClass}>
          {t("notFoundHome")}
        </Link>
      </p>
    </section>
  );
}
