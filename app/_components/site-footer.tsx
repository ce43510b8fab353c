import { getTranslations } from "next-intl/server";
import { plainHrefs } from "./plain-href";

const LEGAL = [
  { path: "/impressum", key: "impressum" },
  { path: "/datenschutz", key: "datenschutz" },
  { path: "/barrierefreiheit", key: "barrierefreiheit" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tNav = await getTranslations("Pages.nav");
  const tPlan = await getTranslations("Plan.public");
  const tDirectory = await getTranslations("Directory");
  const href = await plainHrefs();
  return (
    <footer className="mx-auto max-w-4xl border-t px-4 py-6 text-sm text-gray-700 print:hidden">
      <nav aria-label={tNav("footer")}>
        <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-1">
          {LEGAL.map(({ path, key }) => (
            <li key={key}>
              <a href={href(path)} className="text-brand underline hover:text-brand-dark">
                {tNav(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {t("footerNote")}{" "}
        <a href={href("/plan")} className="text-brand underline hover:text-brand-dark">
          {tPlan("footerLink")}
        </a>
      </p>
      <p className="mt-2">
        <a href={href("/verzeichnis")} className="text-brand underline hover:text-brand-dark">
          {tDirectory("footerLink")}
        </a>
      </p>
    </footer>
  );
}
