import { getTranslations } from "next-intl/server";
import { FundingSummary } from "@/app/_components/funding/funding-summary";
import { formatEuro } from "@/server/funding/money";
import type { CommitteeReport } from "@/server/report/committee-report";

/** The period's funding as on /planung/plan/finanzen: stage, cap and split, then the sums per Handlungsfeld against the cap. */
export async function ReportFunding({ report }: { report: CommitteeReport }) {
  const [t, tFunding] = await Promise.all([getTranslations("CommitteeReport.funding"), getTranslations("Funding")]);
  const s = report.funding.settings;
  return (
    <section aria-labelledby="report-funding" className="mt-10 print:break-before-page">
      <h2 id="report-funding" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {s && (
        <p className="mt-2">
          {tFunding("settingsText", {
            stage: s.lszStage === null ? tFunding("stageNone") : tFunding("stageOption", { stage: s.lszStage }),
            cap: s.capCents === null ? tFunding("noCap") : formatEuro(s.capCents),
            land: s.landSharePercent,
            kommune: 100 - s.landSharePercent,
          })}
        </p>
      )}
      <FundingSummary view={{ ...report.funding, rows: report.fields.map((f) => ({ handlungsfeld: f.handlungsfeld, ...f.funding })) }} />
    </section>
  );
}
