import { getTranslations } from "next-intl/server";
import { submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { COVERAGE_AXES } from "@/server/coverage/params";
import type { CoverageMap } from "@/server/map/coverage-map";
import { MAP_MEASURES } from "@/server/map/params";

/**
 * One GET form (works without JavaScript): axis, column, measure and dots. The matrix's filters
 * travel along as hidden fields, so a map opened from a filtered matrix stays filtered.
 */
export async function CoverageMapForm({ map }: { map: CoverageMap }) {
  const [t, tCoverage] = await Promise.all([getTranslations("PlanningMap.map"), getTranslations("Planning.coverage")]);
  const c = map.coverage;
  const kept = [c.kostenlos && tCoverage("free"), c.barrierefrei && tCoverage("stepFree"), c.aufnahme && tCoverage("accepting"), c.kanal && tCoverage(`channels.${c.kanal}`)].filter(Boolean);
  return (
    <form method="get" className="mt-2 grid max-w-3xl gap-3 sm:grid-cols-2 print:hidden" aria-labelledby="map-form">
      <SelectField id="map-axis" name="achse" label={t("axis")} value={c.achse} options={COVERAGE_AXES.map((a) => [a, tCoverage(`axes.${a}`)])} />
      <SelectField id="map-column" name="spalte" label={t("column")} value={map.column?.code ?? ""} options={map.columns.map((col) => [col.code, col.name])} />
      <SelectField id="map-measure" name="mass" label={t("measure")} value={map.measure} options={MAP_MEASURES.map((m) => [m, t(`measures.${m}`)])} />
      <SelectField id="map-points" name="punkte" label={t("points")} value={map.params.punkte} options={(["spalte", "alle"] as const).map((p) => [p, t(`pointsOptions.${p}`)])} />
      {c.schwelle !== 50 && <input type="hidden" name="schwelle" value={c.schwelle} />}
      {c.kostenlos && <input type="hidden" name="kostenlos" value="1" />}
      {c.barrierefrei && <input type="hidden" name="barrierefrei" value="1" />}
      {c.aufnahme && <input type="hidden" name="aufnahme" value="1" />}
      {c.kanal && <input type="hidden" name="kanal" value={c.kanal} />}
      {c.szenario && <input type="hidden" name="szenario" value={c.szenario} />}
      {kept.length > 0 && <p className="text-sm sm:col-span-2">{t("keptFilters", { filters: kept.join(", ") })}</p>}
      <div>
        <button type="submit" className={submitClass}>
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
