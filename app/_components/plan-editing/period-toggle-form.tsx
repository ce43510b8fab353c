import { getFormatter, getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { formatDay } from "@/app/_components/history/format-day";
import type { PeriodChoice } from "@/server/plan/periods";

type Props = { periods: PeriodChoice[]; period: PeriodChoice; withRetired: boolean };

/** Period and "zurückgezogene anzeigen": one GET form, so the state is in the URL and works without JavaScript. */
export async function PeriodToggleForm({ periods, period, withRetired }: Props) {
  const [t, tPlan, format] = await Promise.all([getTranslations("PlanEditing"), getTranslations("Plan"), getFormatter()]);
  return (
    <form method="get" className="mt-4 flex max-w-3xl flex-wrap items-end gap-4">
      <div className="grow">
        <label htmlFor="edit-period" className={labelClass}>
          {tPlan("period")}
        </label>
        <select id="edit-period" name="zeitraum" defaultValue={period.id} className={fieldClass(false)}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {tPlan("periodRange", { name: p.name, from: formatDay(format, p.startsOn), to: formatDay(format, p.endsOn) })}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="edit-retired" type="checkbox" name="zurueckgezogen" value="1" defaultChecked={withRetired} className="h-5 w-5" />
        <label htmlFor="edit-retired">{t("showRetired")}</label>
      </div>
      <button type="submit" className={submitClass}>
        {tPlan("show")}
      </button>
    </form>
  );
}
