import { getFormatter, getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
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
      <div className="grow">
        <label htmlFor="plan-period" className={labelClass}>
          {t("period")}
        </label>
        <select id="plan-period" name="zeitraum" defaultValue={period?.id} className={fieldClass(false)}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {t("periodRange", { name: p.name, from: formatDay(format, p.startsOn), to: formatDay(format, p.endsOn) })}
            </option>
          ))}
        </select>
      </div>
      {hint && (
        <div>
          <label htmlFor="plan-hint" className={labelClass}>
            {t("planner.hint")}
          </label>
          <select id="plan-hint" name="hinweis" defaultValue={hint.value ?? ""} className={fieldClass(false)}>
            <option value="">{t("planner.hintAll")}</option>
            {hint.options.map((h) => (
              <option key={h} value={h}>
                {h === "jeder" ? t("planner.hintAny") : t(`planner.flags.${h}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={submitClass}>
        {t("show")}
      </button>
    </form>
  );
}
