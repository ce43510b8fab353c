import { getTranslations } from "next-intl/server";
import { submitClass } from "@/app/_components/account/form-styles";
import { SelectField } from "@/app/_components/account/select-field";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";

type Props = {
  /** The page's other parameters as a query string ("?a=1&b=2" or ""), kept as hidden fields. */
  keep: string;
  selected: string | undefined;
  scenarios: { id: string; name: string }[];
};

/** Picks a scenario to compare with today: a GET form that keeps the page's other parameters (matrix, ranking, map). */
export async function ScenarioPicker({ keep, selected, scenarios }: Props) {
  const t = await getTranslations("Scenarios.picker");
  const kept = [...new URLSearchParams(keep)].filter(([name]) => name !== "szenario");
  return (
    <>
      <h2 id="scenario-picker" className="mt-6 text-xl font-semibold">
        {t("heading")}
      </h2>
      <form method="get" className="mt-2 flex max-w-3xl flex-wrap items-end gap-3" aria-labelledby="scenario-picker">
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SelectField id="scenario-select" name="szenario" label={t("label")} value={selected ?? ""} options={[["", t("today")], ...scenarios.map((s) => [s.id, s.name] as const)]} className="grow" />
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
