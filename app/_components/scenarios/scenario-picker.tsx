import { getTranslations } from "next-intl/server";
import { fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import { coverageQuery, type CoverageParams } from "@/server/coverage/params";

/** Picks a scenario to compare with today: a GET form that keeps the matrix's other parameters. */
export async function ScenarioPicker({ params, scenarios }: { params: CoverageParams; scenarios: { id: string; name: string }[] }) {
  const t = await getTranslations("Scenarios.picker");
  const kept = [...new URLSearchParams(coverageQuery({ ...params, szenario: undefined }).slice(1))];
  return (
    <>
      <h2 id="scenario-picker" className="mt-6 text-xl font-semibold">
        {t("heading")}
      </h2>
      <form method="get" className="mt-2 flex max-w-3xl flex-wrap items-end gap-3" aria-labelledby="scenario-picker">
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="grow">
          <label htmlFor="scenario-select" className={labelClass}>
            {t("label")}
          </label>
          <select id="scenario-select" name="szenario" defaultValue={params.szenario ?? ""} className={fieldClass(false)}>
            <option value="">{t("today")}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={submitClass}>
          {t("show")}
        </button>
        <Link href="/planung/szenarien" className={linkClass}>
          {t("manage")}
        </Link>
      </form>
    </>
  );
}
