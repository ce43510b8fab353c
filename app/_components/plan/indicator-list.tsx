import { getTranslations } from "next-intl/server";

type Indicator = { statement: string; fulfilled: boolean | null };

/** A measure's indicators, each with its assessment in words (never by colour alone). */
export async function IndicatorList({ indicators }: { indicators: Indicator[] }) {
  const t = await getTranslations("Plan");
  if (indicators.length === 0) return <>{t("noIndicators")}</>;
  const state = (f: boolean | null) => (f === null ? t("indicator.open") : f ? t("indicator.met") : t("indicator.notMet"));
  return (
    <ul className="list-disc space-y-1 ps-4">
      {indicators.map((i, n) => (
        <li key={n}>
          {i.statement} <span className={i.fulfilled === null ? "font-semibold" : ""}>({state(i.fulfilled)})</span>
        </li>
      ))}
    </ul>
  );
}
