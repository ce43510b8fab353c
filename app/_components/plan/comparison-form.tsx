import { getFormatter, getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { formatDay } from "@/app/_components/history/format-day";
import type { PeriodChoice } from "@/server/plan/periods";

type Props = { periods: PeriodChoice[]; from: PeriodChoice | null; to: PeriodChoice | null; labelledBy: string };

/** The two periods to compare: one GET form, so the comparison is a URL and works without JavaScript. */
export async function ComparisonForm({ periods, from, to, labelledBy }: Props) {
  const [t, tPlan, format] = await Promise.all([getTranslations("PlanPeriods.compare"), getTranslations("Plan"), getFormatter()]);
  const select = (name: "von" | "bis", label: string, value: PeriodChoice | null) => (
    <div className="grow">
      <label htmlFor={`compare-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={value?.id} className={fieldClass(false)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {tPlan("periodRange", { name: p.name, from: formatDay(format, p.startsOn), to: formatDay(format, p.endsOn) })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="mt-2 flex max-w-4xl flex-wrap items-end gap-3" aria-labelledby={labelledBy}>
      {select("von", t("from"), from)}
      {select("bis", t("to"), to)}
      <button type="submit" className={submitClass}>
        {t("show")}
      </button>
    </form>
  );
}
