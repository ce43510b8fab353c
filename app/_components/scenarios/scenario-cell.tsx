import { getFormatter, getTranslations } from "next-intl/server";
import type { CoverageCell } from "@/server/coverage/matrix";

/** Under a scenario's cell: today's figures and the difference, and whether a gap closes or opens. */
export async function ScenarioCellDiff({ cell, today }: { cell: CoverageCell; today: CoverageCell }) {
  const [t, tCoverage, tPlanning, format] = await Promise.all([getTranslations("Scenarios"), getTranslations("Planning.coverage"), getTranslations("Planning"), getFormatter()]);
  const signed = (n: number) => format.number(n, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const placesDiff = (cell.places ?? 0) - (today.places ?? 0);
  // Most cells stay as they are: one short line, so the changed ones stand out.
  if (cell.offers === today.offers && cell.places === today.places && cell.fte === today.fte && cell.gap === today.gap)
    return <span className="mt-1 block border-t border-gray-400 pt-1 text-xs">{t("unchanged")}</span>;
  return (
    <span className="mt-1 block border-t border-gray-400 pt-1 text-xs">
      {today.gap && !cell.gap && <strong className="block text-sm">{t("gapClosed")}</strong>}
      {!today.gap && cell.gap && <strong className="block text-sm">{t("gapOpened")}</strong>}
      <span className="block">
        {t("today", { offers: tCoverage("offers", { count: today.offers }) })}
        {today.gap && ` · ${t("todayGap")}`}
      </span>
      <span className="block">{t("todayPlaces", { value: today.places === null ? tPlanning("noData") : format.number(today.places) })}</span>
      {(cell.offers !== today.offers || placesDiff !== 0) && (
        <span className="block font-semibold">
          {t("difference", { value: `${signed(cell.offers - today.offers)} · ${tCoverage("places", { value: signed(placesDiff) })}` })}
        </span>
      )}
    </span>
  );
}
