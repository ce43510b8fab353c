import { planningCsvRoute } from "@/server/http/planning-csv";
import { getPeriodComparison } from "@/server/plan/period-comparison";
import { periodComparisonCsv } from "@/server/plan/period-comparison-csv";

// /planung/plan/vergleich.csv: the period comparison for Excel, with the page's two periods.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const comparison = await getPeriodComparison(user, Object.fromEntries(query));
  return comparison ? { body: periodComparisonCsv(comparison), filename: "plan-vergleich.csv" } : null;
});
