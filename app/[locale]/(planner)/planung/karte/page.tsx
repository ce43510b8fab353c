import { enterPageLocale } from "@/i18n/page-locale";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/app/_components/account/account-nav";
import { BackLink } from "@/app/_components/account/back-link";
import { linkClass } from "@/app/_components/offer-section";
import { CoverageMapForm } from "@/app/_components/planning/coverage-map-form";
import { CoverageMapLegend } from "@/app/_components/planning/coverage-map-legend";
import { CoverageMapSvg } from "@/app/_components/planning/coverage-map-svg";
import { CoverageMapTable } from "@/app/_components/planning/coverage-map-table";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { coverageQuery } from "@/server/coverage/params";
import { getCoverageMap, onSharedScale, type MapArea } from "@/server/map/coverage-map";
import { mapParamsSchema } from "@/server/map/params";
import { POINT_LIMIT } from "@/server/map/public-points";
import { getScenarioDelta, listScenarios } from "@/server/scenarios/queries";
import { ScenarioBanner } from "@/app/_components/scenarios/scenario-banner";
import { ScenarioPicker } from "@/app/_components/scenarios/scenario-picker";

/** The map's own parameters, kept when another scenario is picked. */
const mapExtras = (p: { spalte?: string; mass: string; punkte: string }) => ({ ...(p.spalte ? { spalte: p.spalte } : {}), mass: p.mass, punkte: p.punkte });

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "PlanningMap.map" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The coverage matrix's chosen column as a map of the Planungsräume (server-drawn SVG), with its
 * table. With ?szenario=ID two maps side by side, today and the scenario, on one colour scale.
 */
export default async function CoverageMapPage({ params, searchParams }: Props) {
  const locale = enterPageLocale((await params).locale);
  const user = await requireUser("/planung/karte");
  const raw = await searchParams;
  // A malformed or unknown scenario id: 404, as on the matrix page.
  const wanted = mapParamsSchema.parse(raw).szenario;
  const scenario = wanted ? await getScenarioDelta(user, wanted) : null;
  const [scenarioMap, todayMap, scenarios] = await Promise.all([
    getCoverageMap(user, raw, locale, scenario?.delta),
    scenario ? getCoverageMap(user, raw, locale) : undefined,
    listScenarios(user),
  ]);
  const [today, map] = todayMap ? onSharedScale(todayMap, scenarioMap) : [undefined, scenarioMap];
  const [t, tLinks, tHome, format] = await Promise.all([
    getTranslations("PlanningMap.map"),
    getTranslations("PlanningMap.links"),
    getTranslations("Planning.home"),
    getFormatter(),
  ]);
  const measure = t(`measures.${map.measure}`);
  const column = map.column?.name ?? "–";
  const areaLabel = (a: MapArea) =>
    a.value === null ? t("noDataShort") : `${a.gap ? `${t("gapShort")} ` : ""}${format.number(a.value, { maximumFractionDigits: 2 })}`;
  const missing = map.areas.filter((a) => !a.shape).map((a) => a.name);
  return (
    // A named print page (globals.css): A4, without the navigation and the form.
    <div className="print-a4">
      <div className="print:hidden">
        <AccountNav user={user} />
        <BackLink href="/planung">{tHome("title")}</BackLink>
      </div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl print:hidden">{t("intro")}</p>
      <h2 id="map-form" className="mt-6 text-xl font-semibold print:hidden">
        {t("formHeading")}
      </h2>
      <CoverageMapForm map={map} />
      <div className="print:hidden">
        <ScenarioPicker keep={coverageQuery(map.coverage, mapExtras(map.params))} selected={scenario?.id} scenarios={scenarios} />
      </div>
      {scenario && <ScenarioBanner name={scenario.name} text={t("scenario.note")} />}
      <p className="mt-3 print:hidden">
        <Link href={`/planung/abdeckung${coverageQuery(map.coverage)}`} className={linkClass}>
          {tLinks("matrixFromMap")}
        </Link>{" "}
        · <Link href="/planung/erreichbarkeit" className={linkClass}>{tLinks("reach")}</Link> · {t("print")}
      </p>
      <h2 className="mt-4 text-lg font-semibold">{t("svgTitle", { measure, column })}</h2>
      {map.columns.length === 0 ? (
        <p className="mt-2">{t("noColumns")}</p>
      ) : map.frame && today && scenario ? (
        <div className="mt-2 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
          <figure className="break-inside-avoid">
            <figcaption className="font-semibold">{t("scenario.todayHeading")}</figcaption>
            <CoverageMapSvg map={today} idPrefix="karte-heute" title={t("svgTitle", { measure, column })} summary={t("scenario.summaryToday", { measure, column })} areaLabel={areaLabel} />
          </figure>
          <figure className="break-inside-avoid">
            <figcaption className="font-semibold">{t("scenario.scenarioHeading", { name: scenario.name })}</figcaption>
            <CoverageMapSvg
              map={map}
              idPrefix="karte-szenario"
              title={t("svgTitle", { measure, column })}
              summary={t("scenario.summaryScenario", { measure, column, name: scenario.name })}
              areaLabel={areaLabel}
            />
          </figure>
        </div>
      ) : map.frame ? (
        <figure className="mt-2 break-inside-avoid">
          <CoverageMapSvg map={map} title={t("svgTitle", { measure, column })} summary={t("svgSummary", { measure, column })} areaLabel={areaLabel} />
        </figure>
      ) : (
        <p className="mt-2">{t("noPolygons")}</p>
      )}
      {map.frame && missing.length > 0 && <p className="mt-2">{t("missingPolygons", { areas: missing.join(", ") })}</p>}
      {map.dotsTruncated && <p className="mt-2">{t("dotsTruncated", { count: POINT_LIMIT })}</p>}
      <CoverageMapLegend map={map} />
      <CoverageMapTable map={map} today={today && scenario ? { map: today, scenarioName: scenario.name } : undefined} />
      <p className="mt-2 text-sm">{t("year", { year: map.year ?? "–" })}</p>
    </div>
  );
}
