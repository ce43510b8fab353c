import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const LEGAL = [
  { href: "/impressum", key: "impressum" },
  { href: "/datenschutz", key: "datenschutz" },
  { href: "/barrierefreiheit", key: "barrierefreiheit" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tNav = await getTranslations("Pages.nav");
  return (
    <footer className="mx-auto max-w-4xl border-t px-4 py-6 text-sm text-gray-700 print:hidden">
      <nav aria-label={tNav("footer")}>
        <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-1">
          {LEGAL.map(({ href, key }) => (
            <li key={key}>
              <Link href={href} className="text-brand underline hover:text-brand-dark">
                {tNav(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("footerNote")}</p>
    </footer>
  );
}
