import { getFormatter, getTranslations } from "next-intl/server";
import { submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { formatDay } from "@/app/_components/history/format-day";
import type { HintFilter } from "@/server/plan/params";
import type { PeriodChoice } from "@/server/plan/periods";

type Props = {
  periods: PeriodChoice[];
  period: PeriodChoice | null;
  /** The planners' flag filter; left out on the public page. */
  hint?: { value: HintFilter | undefined; options: readonly HintFilter[] };
  /** The planners' "show retired items" toggle, kept when another period is picked. */
  showRetired?: boolean;
  labelledBy?: string;
};

/** Period (and for planners the flag filter): one GET form, so every state is a URL and works without JavaScript. */
export async function PeriodForm({ periods, period, hint, showRetired, labelledBy }: Props) {
  const [t, format] = await Promise.all([getTranslations("Plan"), getFormatter()]);
  return (
    <form method="get" className="mt-2 flex max-w-3xl flex-wrap items-end gap-3" aria-labelledby={labelledBy}>
      {showRetired && <input type="hidden" name="zurueckgezogen" value="1" />}
      <SelectField
        id="plan-period"
        name="zeitraum"
        label={t("period")}
        value={period?.id ?? ""}
        options={periods.map((p) => [p.id, t("periodRange", { name: p.name, from: formatDay(format, p.startsOn), to: formatDay(format, p.endsOn) })])}
        className="grow"
      />
      {hint && (
        <SelectField
          id="plan-hint"
          name="hinweis"
          label={t("planner.hint")}
          value={hint.value ?? ""}
          options={[["", t("planner.hintAll")], ...hint.options.map((h) => [h, h === "jeder" ? t("planner.hintAny") : t(`planner.flags.${h}`)] as const)]}
        />
      )}
      <button type="submit" className={submitClass}>
        {t("show")}
      </button>
    </form>
  );
}
