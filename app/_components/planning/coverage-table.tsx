import { getFormatter, getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { CoverageCell, CoverageMatrix, CoverageRow } from "@/server/coverage/matrix";
import { coverageQuery } from "@/server/coverage/params";
import { ScenarioCellDiff } from "@/app/_components/scenarios/scenario-cell";

// Colour-blind safe: one hue (blue) that only gets darker with more offers per 1,000 residents
// relative to the city, and gaps carry a hatch pattern and the word "Lücke" as well; every number
// is text in the cell, so the colour only repeats what is written.
const HATCH = "bg-[repeating-linear-gradient(135deg,#ffffff_0,#ffffff_6px,#d1d5db_6px,#d1d5db_8px)]";

function shade(row: CoverageRow, cell: CoverageCell, cityRate: number | null): string {
  if (cell.gap) return HATCH;
  if (row.kind !== "area") return "bg-gray-50";
  if (cityRate === null || cell.offersPer1000 === null) return "bg-white";
  const ratio = cell.offersPer1000 / cityRate;
  return ratio >= 1.5 ? "bg-blue-200" : ratio >= 1 ? "bg-blue-100" : "bg-blue-50";
}

/** With `today`, `matrix` holds a scenario's figures and each cell shows today's beneath them. */
export async function CoverageTable({ matrix, today, scenarioName }: { matrix: CoverageMatrix; today?: CoverageMatrix; scenarioName?: string }) {
  const [t, tPlanning, tRows, format] = await Promise.all([
    getTranslations("Planning.coverage"),
    getTranslations("Planning"),
    getTranslations("Planning.rows"),
    getFormatter(),
  ]);
  const tScenarios = await getTranslations("Scenarios");
  const num = (n: number | null) => (n === null ? tPlanning("noData") : format.number(n, { maximumFractionDigits: 1 }));
  const rate = (n: number | null) => (n === null ? "–" : format.number(n, { maximumFractionDigits: 2 }));
  const partial = (label: "places" | "fte", value: number | null, missing: number, offers: number) => (
    <span className="block">
      {t(label, { value: num(value) })}
      {offers > 0 && missing > 0 && value !== null && <span className="block text-xs text-gray-800">{tPlanning("missing", { missing, count: offers })}</span>}
    </span>
  );
  const { params } = matrix;
  const todayRow = (key: string) => today?.rows.find((r) => r.key === key);
  const caption = t("caption", { axis: t(`axes.${params.achse}`) }) + (scenarioName ? ` — ${tScenarios("banner", { name: scenarioName })}` : "");
  return (
    // Wider than the page with six or more columns: a scrollable region keyboard users can focus.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-600">
            <th scope="col" className="p-2 align-bottom">
              {t("area")}
            </th>
            {matrix.columns.map((c) => (
              <th key={c.code} scope="col" className="min-w-40 p-2 align-bottom">
                {c.name}
                {c.ageFrom !== null && (
                  <span className="block text-xs font-normal">
                    {c.ageTo === null ? t("ageBandOpen", { from: c.ageFrom }) : t("ageBand", { from: c.ageFrom, to: c.ageTo })}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-300 align-top">
              <th scope="row" className="p-2">
                {row.kind === "area" ? row.name : tRows(row.kind)}
              </th>
              {row.cells.map((cell, i) => (
                <td key={matrix.columns[i].code} className={`border-s border-gray-300 p-2 ${shade(row, cell, matrix.cityRates[i])}`}>
                  {cell.gap && <strong className="block">{cell.gap === "none" ? `▲ ${t("gapNone")}` : `▲ ${t("gapBelow", { threshold: params.schwelle })}`}</strong>}
                  <Link
                    href={`/planung/abdeckung/angebote${coverageQuery(params, { raum: row.key, begriff: matrix.columns[i].code })}`}
                    className={`${linkClass} block font-semibold`}
                  >
                    {t("offers", { count: cell.offers })}
                  </Link>
                  {cell.offers > 0 && partial("places", cell.places, cell.placesMissing, cell.offers)}
                  {cell.offers > 0 && partial("fte", cell.fte, cell.fteMissing, cell.offers)}
                  {cell.residents !== null && (
                    <span className="block text-xs text-gray-800">
                      {t("per1000", { offers: rate(cell.offersPer1000), places: rate(cell.placesPer1000), fte: rate(cell.ftePer1000) })}
                    </span>
                  )}
                  {todayRow(row.key) && <ScenarioCellDiff cell={cell} today={todayRow(row.key)!.cells[i]} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
