import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { linkClass } from "@/app/_components/offer-section";
import { ProfileTable } from "@/app/_components/planning/profile-table";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { getAreaProfiles } from "@/server/coverage/profile";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Planning.home" });
  return { title: t("title"), robots: { index: false } };
}

/** The planners' start page: where to go, and a profile of every Planungsraum. */
export default async function PlanningPage({ params }: Props) {
  enterPageLocale((await params).locale);
  const user = await requireUser("/planung");
  // getAreaProfiles checks planning:read: anyone else gets the 404 page.
  const { rows, year } = await getAreaProfiles(user);
  const [t, tMap, tScenarios, tFunding, tMikro, tSnapshots, tPeriods] = await Promise.all([
    getTranslations("Planning.home"),
    getTranslations("PlanningMap.links"),
    getTranslations("Scenarios"),
    getTranslations("Funding"),
    getTranslations("Mikroprojekte"),
    getTranslations("Snapshots"),
    getTranslations("PlanPeriods"),
  ]);
  return (
    <>
      <AccountNav user={user} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("linksHeading")}</h2>
      <ul className="mt-2 max-w-2xl space-y-2">
        <li>
          <Link href="/planung/abdeckung" className={`${linkClass} font-semibold`}>
            {t("coverageLink")}
          </Link>
          : {t("coverageText")}
        </li>
        <li>
          <Link href="/planung/luecken" className={`${linkClass} font-semibold`}>
            {t("gapsLink")}
          </Link>
          : {t("gapsText")}
        </li>
        <li>
          <Link href="/planung/karte" className={`${linkClass} font-semibold`}>
            {tMap("map")}
          </Link>
          : {tMap("mapText")}
        </li>
        <li>
          <Link href="/planung/erreichbarkeit" className={`${linkClass} font-semibold`}>
            {tMap("reach")}
          </Link>
          : {tMap("reachText")}
        </li>
        <li>
          <Link href="/planung/plan" className={`${linkClass} font-semibold`}>
            {t("planLink")}
          </Link>
          : {t("planText")}
        </li>
        <li>
          <Link href="/planung/plan/finanzen" className={`${linkClass} font-semibold`}>
            {tFunding("link")}
          </Link>
          : {tFunding("linkText")}
        </li>
        <li>
          <Link href="/planung/plan/vergleich" className={`${linkClass} font-semibold`}>
            {tPeriods("link")}
          </Link>
          : {tPeriods("linkText")}
        </li>
        <li>
          <Link href="/planung/mikroprojekte" className={`${linkClass} font-semibold`}>
            {tMikro("link")}
          </Link>
          : {tMikro("linkText")}
        </li>
        <li>
          <Link href="/planung/daten" className={`${linkClass} font-semibold`}>
            {t("dataLink")}
          </Link>
          : {t("dataText")}
        </li>
        <li>
          <Link href="/planung/suchanfragen" className={`${linkClass} font-semibold`}>
            {t("demandLink")}
          </Link>
          : {t("demandText")}
        </li>
        <li>
          <Link href="/planung/szenarien" className={`${linkClass} font-semibold`}>
            {tScenarios("homeLink")}
          </Link>
          : {tScenarios("homeText")}
        </li>
        <li>
          <Link href="/planung/stichtage" className={`${linkClass} font-semibold`}>
            {tSnapshots("link")}
          </Link>
          : {tSnapshots("linkText")}
        </li>
      </ul>
      <h2 className="mt-6 text-xl font-semibold">{t("profileHeading")}</h2>
      <p className="mt-1 max-w-2xl text-sm">{t("profileNote")}</p>
      <ProfileTable rows={rows} year={year} />
      {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
      <p className="mt-3">
        <a href="/planung/profil.csv" className={linkClass} download>
          {t("profileCsv")}
        </a>
      </p>
    </>
  );
}
