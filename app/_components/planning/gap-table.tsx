import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, numberCellClass, rowClass, rowHeaderClass, type Column } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { GapCell, GapRanking, Part } from "@/server/gaps/ranking";
import { cellKey, type ScenarioRanking } from "@/server/gaps/scenario";

/**
 * The ranking, one row per cell: rank, score and every weighted component with its value, need
 * value (0..1) and contribution to the score, so the row can be recomputed by hand. Components
 * with weight 0 are left out; a missing value reads "keine Angabe" and "nicht gewertet". With a
 * scenario, rows are the scenario's ranking and each shows today's rank and score beside it.
 */
export async function GapTable({ ranking, scenario }: { ranking: GapRanking; scenario?: ScenarioRanking["scenario"] }) {
  const [t, format] = await Promise.all([getTranslations("Gaps"), getFormatter()]);
  const { weights, params } = ranking;
  const num = (n: number, digits = 2) => format.number(n, { maximumFractionDigits: digits });
  const points = (n: number) => format.number(n * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const small = "block text-xs text-gray-800";
  const part = (p: Part) => (
    <span className={small}>{p.contribution === null ? t("notCounted") : t("part", { need: num(p.need!), contribution: points(p.contribution) })}</span>
  );
  const indicators = ranking.indicators.map((ind, j) => ({ ind, j })).filter(({ ind }) => ind.weight > 0);
  type Component = { label: string; render: (c: GapCell) => React.ReactNode };
  const components: Component[] = [
    ...(weights.abdeckung > 0
      ? [{
          label: t("components.abdeckung"),
          render: (c: GapCell) => (
            <>
              <Link href={`/planung/abdeckung/angebote?${new URLSearchParams({ achse: params.achse, raum: c.areaCode, begriff: c.termCode })}`} className={linkClass}>
                {t("offers", { count: c.coverage.offers })}
              </Link>
              {c.coverage.offersPer1000 !== null && (
                <span className="block">{t("per1000", { rate: num(c.coverage.offersPer1000), city: c.coverage.cityRate === null ? "–" : num(c.coverage.cityRate) })}</span>
              )}
              {part(c.coverage)}
            </>
          ),
        }]
      : []),
    ...(weights.wartezeit > 0
      ? [{
          label: t("components.wartezeit"),
          render: (c: GapCell) => (
            <>
              {c.waiting.medianWeeks === null ? t("noData") : t("weeks", { weeks: num(c.waiting.medianWeeks, 1) })}
              {c.waiting.offers > 0 && <span className={small}>{t("waitingKnown", { known: c.waiting.known, offers: c.waiting.offers })}</span>}
              {part(c.waiting)}
            </>
          ),
        }]
      : []),
    ...(weights.nachfrage > 0
      ? [{
          label: t("components.nachfrage"),
          render: (c: GapCell) => (
            <>
              {t("searches", { count: c.demand.searches })}
              {part(c.demand)}
            </>
          ),
        }]
      : []),
    ...indicators.map(({ ind, j }) => ({
      label: `${ind.name}${ind.unit ? ` (${ind.unit})` : ""}`,
      render: (c: GapCell) => {
        const p = c.indicators[j];
        return (
          <>
            {p.value === null ? t("noData") : num(p.value)}
            {part(p)}
          </>
        );
      },
    })),
  ];
  const columns: Column[] = [
    { label: scenario ? t("scenario.rankColumn") : t("columns.rank"), numeric: true },
    t("columns.area"),
    t(`axes.${params.achse}`),
    { label: scenario ? t("scenario.scoreColumn") : t("columns.score"), numeric: true },
    ...components.map((c) => c.label),
  ];
  return (
    <DataTable columns={columns} alignTop title={t("tableCaption", { axis: t(`axes.${params.achse}`) })} className="mt-4">
      {ranking.cells.map((c) => (
        <tr key={`${c.areaCode}:${c.termCode}`} className={rowClass}>
          <td className={numberCellClass}>{scenario ? t("scenario.rank", { today: scenario.today.get(cellKey(c))?.rank ?? "–", scenario: c.rank ?? "–" }) : (c.rank ?? "–")}</td>
          <th scope="row" className={rowHeaderClass}>
            {c.areaName}
          </th>
          <td className={cellClass}>{c.termName}</td>
          <td className={`${numberCellClass} font-semibold`}>
            {c.score === null ? t("noScore") : points(c.score)}
            {scenario && <ScenarioScore score={c.score} today={scenario.today.get(cellKey(c))?.score ?? null} />}
          </td>
          {components.map((comp, i) => (
            <td key={comp.label} className={i === components.length - 1 ? lastCellClass : cellClass}>
              {comp.render(c)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/** Under a scenario's score: today's, and the difference in points (negative: the gap shrinks). */
async function ScenarioScore({ score, today }: { score: number | null; today: number | null }) {
  const [t, format] = await Promise.all([getTranslations("Gaps.scenario"), getFormatter()]);
  const points = (n: number, sign = false) => format.number(n * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: sign ? "exceptZero" : "auto" });
  // Most cells stay as they are: one short line, so the changed ones stand out (as in the matrix).
  if (score === today) return <span className="block text-xs font-normal">{t("unchanged")}</span>;
  return (
    <span className="block text-xs font-normal">
      {t("today", { score: today === null ? t("noScore") : points(today) })}
      {score !== null && today !== null && <span className="block">{t("difference", { value: points(score - today, true) })}</span>}
    </span>
  );
}

/** Searches that named a field but no Planungsraum: shown apart, since no area can take them. */
export async function UnattributedDemand({ ranking }: { ranking: GapRanking }) {
  if (ranking.unattributed.length === 0) return null;
  const t = await getTranslations("Gaps");
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">{t("unattributedHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("unattributedNote")}</p>
      <DataTable columns={[t("unattributedColumns.term"), { label: t("unattributedColumns.searches"), numeric: true }]} caption={t("unattributedHeading")} className="mt-2 max-w-xl">
        {ranking.unattributed.map((u) => (
          <tr key={u.termCode} className={rowClass}>
            <th scope="row" className={rowHeaderClass}>
              {u.termName}
            </th>
            <td className={numberCellClass}>{u.searches}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
