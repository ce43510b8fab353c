import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { CoverageFilters } from "@/app/_components/planning/coverage-filters";
import { CoverageTable } from "@/app/_components/planning/coverage-table";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { getCoverageMatrix } from "@/server/coverage/matrix";
import { coverageParamsSchema, coverageQuery } from "@/server/coverage/params";
import { ScenarioBanner } from "@/app/_components/scenarios/scenario-banner";
import { ScenarioPicker } from "@/app/_components/scenarios/scenario-picker";
import { getScenarioDelta, listScenarios } from "@/server/scenarios/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Planning.coverage" });
  return { title: t("title"), robots: { index: false } };
}

/** The ranking knows two of the matrix's axes; the compared scenario goes along. */
const rankingQuery = (p: { achse: string; szenario?: string }) => {
  const q = new URLSearchParams();
  if (p.achse === "lebensphase") q.set("achse", p.achse);
  if (p.szenario) q.set("szenario", p.szenario);
  return q.size ? `?${q}` : "";
};

const RULES = ["serves", "city", "hidden", "published", "population", "gap"] as const;

/** The coverage matrix: Planungsraum x Handlungsfeld (or life phase, type of offer), with gaps. */
export default async function CoveragePage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/abdeckung");
  const raw = await searchParams;
  // ?szenario=ID: the scenario's figures with today's beside them (a malformed or unknown id: 404).
  const wanted = coverageParamsSchema.parse(raw).szenario;
  const scenario = wanted ? await getScenarioDelta(user, wanted) : null;
  const [matrix, today, scenarios] = await Promise.all([
    getCoverageMatrix(user, raw, locale, scenario?.delta),
    scenario ? getCoverageMatrix(user, raw, locale) : undefined,
    listScenarios(user),
  ]);
  const t = await getTranslations("Planning.coverage");
  const tHome = await getTranslations("Planning.home");
  const tScenarios = await getTranslations("Scenarios");
  const tGaps = await getTranslations("Gaps");
  const tMap = await getTranslations("PlanningMap.links");
  return (
    <>
      <AccountNav user={user} />
      <BackLink href="/planung">{tHome("title")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <p className="mt-2">
        <Link href={`/planung/luecken${rankingQuery(matrix.params)}`} className={linkClass}>
          {tGaps("coverageLink")}
        </Link>
      </p>
      <h2 id="coverage-filters" className="mt-6 text-xl font-semibold">
        {t("filtersHeading")}
      </h2>
      <CoverageFilters params={matrix.params} />
      <ScenarioPicker keep={coverageQuery(matrix.params)} selected={matrix.params.szenario} scenarios={scenarios} />
      {scenario && <ScenarioBanner name={scenario.name} text={tScenarios("bannerText")} />}
      {/* A plain link: the CSV is a route handler outside the locale segment (a dot in a path skips next-intl). */}
      <p className="mt-4">
        <a href={`/planung/abdeckung.csv${coverageQuery(matrix.params)}`} className={linkClass} download>
          {t("csv")}
        </a>
        {" · "}
        <Link href={`/planung/karte${coverageQuery(matrix.params)}`} className={linkClass}>
          {tMap("mapFromMatrix")}
        </Link>
        {" · "}
        <Link href="/planung/erreichbarkeit" className={linkClass}>
          {tMap("reachFromMatrix")}
        </Link>
      </p>
      <p className="mt-4 max-w-3xl text-sm">{t("legend")}</p>
      {matrix.columns.length === 0 ? <p className="mt-4">{t("noColumns")}</p> : <CoverageTable matrix={matrix} today={today} scenarioName={scenario?.name} />}
      <h2 className="mt-8 text-xl font-semibold">{t("rulesHeading")}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 ps-6">
        {RULES.map((r) => (
          <li key={r}>{t(`rules.${r}`, { year: matrix.year ?? "–", threshold: matrix.params.schwelle })}</li>
        ))}
      </ul>
    </>
  );
}
