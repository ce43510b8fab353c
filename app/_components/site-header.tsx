import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const NAV = [
  { href: "/", key: "search" },
  { href: "/merkliste", key: "merkliste" },
  { href: "/leichte-sprache", key: "leichteSprache" },
  { href: "/gebaerdensprache", key: "gebaerdensprache" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tNav = await getTranslations("Pages.nav");
  const tAuth = await getTranslations("Auth.nav");
  return (
    <header className="bg-brand text-white print:hidden">
      <div className="mx-auto max-w-4xl px-4 py-4">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {t("siteName")}
        </Link>
        <p className="text-sm">{t("tagline")}</p>
        <nav aria-label={tNav("main")} className="mt-3">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAV.map(({ href, key }) => (
              <li key={key}>
                <Link href={href} className="text-white underline hover:no-underline">
                  {tNav(key)}
                </Link>
              </li>
            ))}
            {/* One link for everyone keeps the residents' pages static (no cookie read); signed in, /anmelden forwards to /konto. */}
            <li className="sm:ml-auto">
              <Link href="/anmelden" className="text-white underline hover:no-underline">
                {tAuth("signIn")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
