import { planningCsvRoute } from "@/server/http/planning-csv";
import { buildCommitteeReport, reportParamsSchema } from "@/server/report/committee-report";
import { committeeReportCsv } from "@/server/report/csv";

// /planung/bericht.csv: the committee report of the page's period for Excel.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const { zeitraum } = reportParamsSchema.parse(Object.fromEntries(query));
  const report = await buildCommitteeReport(user, { periodId: zeitraum });
  return report ? { body: committeeReportCsv(report), filename: `ausschussbericht-${report.stichtag}.csv` } : null;
});
