import { fundingCsv } from "@/server/funding/csv";
import { getFundingView } from "@/server/funding/summary";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/plan/finanzen.csv: the funding summary of the page's period for Excel.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const view = await getFundingView(user, query.get("zeitraum") ?? undefined);
  return view ? { body: fundingCsv(view), filename: "finanzen.csv" } : null;
});
