import { getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { DEMAND_WINDOWS, GAP_AXES } from "@/server/gaps/params";
import type { GapRanking } from "@/server/gaps/ranking";
import { DIRECTIONS, FIXED_COMPONENTS, WEIGHT_MAX } from "@/server/gaps/weights";

/** Axis, demand window and every weight: one GET form, so each ranking is a URL and works without JavaScript. */
export async function GapWeightsForm({ ranking }: { ranking: GapRanking }) {
  const t = await getTranslations("Gaps");
  const { params, weights } = ranking;
  const weightInput = (id: string, name: string, value: number, label: string) => (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} type="number" min={0} max={WEIGHT_MAX} step={1} defaultValue={value} className={fieldClass(false)} />
    </div>
  );
  return (
    <form method="get" className="mt-2 max-w-3xl space-y-4" aria-labelledby="gap-form-heading">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="gap-axis" name="achse" label={t("axis")} value={params.achse} options={GAP_AXES.map((a) => [a, t(`axes.${a}`)])} />
        <SelectField id="gap-window" name="tage" label={t("window")} value={String(params.tage)} options={DEMAND_WINDOWS.map((d) => [String(d), t("days", { days: d })])} />
      </div>
      <fieldset>
        <legend className={labelClass}>{t("weightsLegend", { max: WEIGHT_MAX })}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {FIXED_COMPONENTS.map((c) => weightInput(`gap-weight-${c}`, `g_${c}`, weights[c], t("weightOf", { name: t(`components.${c}`) })))}
        </div>
      </fieldset>
      <fieldset>
        <legend className={labelClass}>{t("indicatorsLegend")}</legend>
        {ranking.indicators.length === 0 && <p className="mt-1 text-sm">{t("noIndicators")}</p>}
        <div className="mt-2 space-y-3">
          {ranking.indicators.map((ind) => (
            <div key={ind.key} className="grid gap-3 sm:grid-cols-2">
              {weightInput(`gap-indicator-${ind.key}`, `i_${ind.key}`, ind.weight, t("weightOf", { name: ind.name }))}
              <div>
                <label htmlFor={`gap-direction-${ind.key}`} className={labelClass}>
                  {t("directionOf", { name: ind.name })}
                </label>
                <select id={`gap-direction-${ind.key}`} name={`r_${ind.key}`} defaultValue={ind.direction} className={fieldClass(false)}>
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`directions.${d}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      {/* The compared scenario stays while the weights change. */}
      {params.szenario && <input type="hidden" name="szenario" value={params.szenario} />}
      <button type="submit" className={submitClass}>
        {t("apply")}
      </button>
    </form>
  );
}
