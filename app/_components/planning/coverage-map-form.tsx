import { getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
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
  const select = (id: string, name: string, label: string, value: string, options: [string, string][]) => (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass(false)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="mt-2 grid max-w-3xl gap-3 sm:grid-cols-2 print:hidden" aria-labelledby="map-form">
      {select("map-axis", "achse", t("axis"), c.achse, COVERAGE_AXES.map((a) => [a, tCoverage(`axes.${a}`)]))}
      {select("map-column", "spalte", t("column"), map.column?.code ?? "", map.columns.map((col) => [col.code, col.name]))}
      {select("map-measure", "mass", t("measure"), map.measure, MAP_MEASURES.map((m) => [m, t(`measures.${m}`)]))}
      {select("map-points", "punkte", t("points"), map.params.punkte, (["spalte", "alle"] as const).map((p) => [p, t(`pointsOptions.${p}`)]))}
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
