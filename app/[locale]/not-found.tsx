import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";

/**
 * An offer that is gone or a page outside one's role (a page calls notFound()): said in the
 * visitor's language inside the site's frame (header, `lang`, `dir`), with the way back to the search.
 * Next renders it in the browser (its server answer is a 404 with an empty shell, vercel/next.js#62228).
 * An address no route matches still gets Next's built-in static 404 page: a catch-all route
 * calling notFound() would send that empty shell instead, a blank page without JavaScript.
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
