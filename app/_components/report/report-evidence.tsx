import { getFormatter, getTranslations } from "next-intl/server";
import { formatDay } from "@/app/_components/history/format-day";
import { linkClass } from "@/app/_components/offer-section";
import type { MeasureEvidence } from "@/server/report/evidence";

/** A measure's evidence: each assessed indicator's day, note and document, then the measure's own note. */
export async function ReportEvidence({ evidence }: { evidence: MeasureEvidence }) {
  const [t, format] = await Promise.all([getTranslations("CommitteeReport.field"), getFormatter()]);
  const assessed = evidence.indicators.flatMap(({ id, statement, assessment }) => (assessment ? [{ id, statement, ...assessment }] : []));
  if (assessed.length === 0 && !evidence.note) return <>{t("noEvidence")}</>;
  return (
    <ul className="space-y-1">
      {assessed.map((a) => (
        <li key={a.id}>
          {t("assessed", { statement: a.statement, date: formatDay(format, a.assessedOn) })}
          {a.note && <span className="block">{a.note}</span>}
          {a.document && (
            <a href={a.document.href} className={`${linkClass} block`}>
              {t("document", { name: a.document.name })}
            </a>
          )}
        </li>
      ))}
      {evidence.note && <li>{evidence.note}</li>}
    </ul>
  );
}
