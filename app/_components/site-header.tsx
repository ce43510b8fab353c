import { getTranslations } from "next-intl/server";
import { HeaderAccount } from "./account/header-account";
import { LanguageOffer } from "./language-offer";
import { LanguageSwitch } from "./language-switch";
import { plainHrefs } from "./plain-href";

const NAV = [
  { path: "/", key: "search" },
  { path: "/merkliste", key: "merkliste" },
  { path: "/leichte-sprache", key: "leichteSprache" },
  { path: "/gebaerdensprache", key: "gebaerdensprache" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tNav = await getTranslations("Pages.nav");
  const href = await plainHrefs();
  return (
    <header className="bg-brand text-white print:hidden">
      <LanguageOffer />
      <div className="mx-auto max-w-4xl px-4 py-4">
        <LanguageSwitch />
        <a href={href("/")} className="text-xl font-bold text-white no-underline">
          {t("siteName")}
        </a>
        <p className="text-sm">{t("tagline")}</p>
        <nav aria-label={tNav("main")} className="mt-3">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 [&_a]:text-white [&_a]:underline [&_a]:hover:no-underline">
            {NAV.map(({ path, key }) => (
              <li key={key}>
                <a href={href(path)}>{tNav(key)}</a>
              </li>
            ))}
            {/* Who is signed in is asked by the browser: the server reads no cookie for residents' pages. */}
            <li className="sm:ms-auto">
              <HeaderAccount signInHref={href("/anmelden")} signOutCallback={`${href("/anmelden")}?abgemeldet=1`} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
