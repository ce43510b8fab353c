import { getTranslations } from "next-intl/server";
import { cellClass, lastCellClass, rowClass } from "@/app/_components/data-table";
import { IndicatorList } from "@/app/_components/plan/indicator-list";
import { formatEuro } from "@/server/funding/money";
import type { ReportMeasure } from "@/server/report/committee-report";
import { ReportEvidence } from "./report-evidence";

/** A measure as the committee reads it: indicators with their state, the evidence note, the offers serving it (names only) and its money. */
export async function ReportMeasureRow({ measure: m }: { measure: ReportMeasure }) {
  const [t, tPlan, tPlanner] = await Promise.all([getTranslations("CommitteeReport.field"), getTranslations("Plan"), getTranslations("Plan.planner")]);
  const amount = (cents: number | null) => (cents === null ? "–" : formatEuro(cents));
  return (
    <tr className={`${rowClass} break-inside-avoid`}>
      <td className={cellClass}>
        {m.code && <span className="me-1 text-gray-700">{m.code}</span>}
        {m.title}
        {m.isDemo && <span className="ms-2 rounded bg-amber-100 px-1 text-xs">{tPlan("demo")}</span>}
        <span className="mt-1 block font-semibold">{t("status", { status: tPlan(`status.${m.status}`), timeframe: m.timeframe ?? "–" })}</span>
      </td>
      <td className={cellClass}>
        <IndicatorList indicators={m.evidence.indicators} />
      </td>
      <td className={cellClass}>
        <ReportEvidence evidence={m.evidence} />
      </td>
      <td className={cellClass}>
        {m.offers.length === 0 ? (
          tPlanner("noOffers")
        ) : (
          <ul className="space-y-1">
            {m.offers.map((o) => (
              <li key={o.id}>
                {o.name}
                <span className="block text-xs text-gray-700">
                  {o.organizationName}
                  {(o.inactive || o.stale) && <> · {[o.inactive && tPlanner("offerInactive"), o.stale && tPlanner("offerStale")].filter(Boolean).join(", ")}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className={lastCellClass}>
        {t("planned", { amount: amount(m.plannedCents) })}
        <span className="block">{t("spent", { amount: amount(m.spentCents) })}</span>
      </td>
    </tr>
  );
}
