import { getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { CHANNELS } from "@/server/offers/schema";
import { COVERAGE_AXES, type CoverageParams } from "@/server/coverage/params";

/** The matrix's view and filters: one GET form, so every state is a URL and works without JavaScript. */
export async function CoverageFilters({ params }: { params: CoverageParams }) {
  const t = await getTranslations("Planning.coverage");
  const checkbox = (name: "kostenlos" | "barrierefrei" | "aufnahme", label: string) => (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} value="1" defaultChecked={params[name]} className="h-5 w-5" />
      {label}
    </label>
  );
  return (
    <form method="get" className="mt-2 grid max-w-3xl gap-3 sm:grid-cols-3" aria-labelledby="coverage-filters">
      {/* Changing a filter keeps the compared scenario. */}
      {params.szenario && <input type="hidden" name="szenario" value={params.szenario} />}
      <SelectField id="coverage-axis" name="achse" label={t("axis")} value={params.achse} options={COVERAGE_AXES.map((a) => [a, t(`axes.${a}`)])} />
      <div>
        <label htmlFor="coverage-threshold" className={labelClass}>
          {t("threshold")}
        </label>
        <input id="coverage-threshold" name="schwelle" type="number" min={0} max={100} step={1} defaultValue={params.schwelle} className={fieldClass(false)} />
      </div>
      <SelectField id="coverage-channel" name="kanal" label={t("channel")} value={params.kanal ?? ""} options={[["", t("anyChannel")], ...CHANNELS.map((c) => [c, t(`channels.${c}`)] as const)]} />
      <div className="space-y-1 sm:col-span-2">
        {checkbox("kostenlos", t("free"))}
        {checkbox("barrierefrei", t("stepFree"))}
        {checkbox("aufnahme", t("accepting"))}
      </div>
      <div className="self-end">
        <button type="submit" className={submitClass}>
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
