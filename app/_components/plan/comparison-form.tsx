import { getFormatter, getTranslations } from "next-intl/server";
import { submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { formatDay } from "@/app/_components/history/format-day";
import type { PeriodChoice } from "@/server/plan/periods";

type Props = { periods: PeriodChoice[]; from: PeriodChoice; to: PeriodChoice; labelledBy: string };

/** The two periods to compare: one GET form, so the comparison is a URL and works without JavaScript. */
export async function ComparisonForm({ periods, from, to, labelledBy }: Props) {
  const [t, tPlan, format] = await Promise.all([getTranslations("PlanPeriods.compare"), getTranslations("Plan"), getFormatter()]);
  const options = periods.map((p) => [p.id, tPlan("periodRange", { name: p.name, from: formatDay(format, p.startsOn), to: formatDay(format, p.endsOn) })] as const);
  return (
    <form method="get" className="mt-2 flex max-w-4xl flex-wrap items-end gap-3" aria-labelledby={labelledBy}>
      <SelectField id="compare-von" name="von" label={t("from")} value={from.id} options={options} className="grow" />
      <SelectField id="compare-bis" name="bis" label={t("to")} value={to.id} options={options} className="grow" />
      <button type="submit" className={submitClass}>
        {t("show")}
      </button>
    </form>
  );
}
