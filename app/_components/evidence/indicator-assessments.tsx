import { getFormatter, getTranslations } from "next-intl/server";
import { cellClass, DataTable, lastCellClass, rowClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import type { MeasureDetail } from "@/server/plan/evidence-queries";

type Indicator = MeasureDetail["indicators"][number];

/** One indicator: its state in words and every assessment, newest first, with who entered it when. */
export async function IndicatorAssessments({ indicator }: { indicator: Indicator }) {
  const [t, tPlan, format] = await Promise.all([getTranslations("Evidence"), getTranslations("Plan"), getFormatter()]);
  const state = (f: boolean | null) => tPlan(f === null ? "indicator.open" : f ? "indicator.met" : "indicator.notMet");
  const kb = (bytes: number) => `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return (
    <>
      <p className="mt-1">{t("current", { state: state(indicator.fulfilled) })}</p>
      {indicator.assessments.length === 0 ? (
        <p className="mt-1">{t("noAssessments")}</p>
      ) : (
        <DataTable
          alignTop
          caption={t("historyCaption", { statement: indicator.statement })}
          columns={(["assessedOn", "state", "note", "document", "who", "at"] as const).map((c) => t(`historyColumns.${c}`))}
        >
          {indicator.assessments.map((a) => (
            <tr key={a.id} className={rowClass}>
              <td className={cellClass}>{format.dateTime(new Date(`${a.assessedOn}T12:00:00Z`), { dateStyle: "medium" })}</td>
              <td className={cellClass}>{state(a.fulfilled)}</td>
              <td className={`${cellClass} whitespace-pre-line`}>{a.note ?? t("none")}</td>
              <td className={cellClass}>
                {a.document ? (
                  <a href={a.document.href} className={linkClass} download={a.document.fileName}>
                    {t("download", { name: a.document.fileName, size: kb(a.document.size) })}
                  </a>
                ) : (
                  t("none")
                )}
              </td>
              <td className={cellClass}>{a.who ?? t("unknownUser")}</td>
              <td className={lastCellClass}>{format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
