import { planCsv } from "@/server/plan/csv";
import { getPlanView } from "@/server/plan/plan-view";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/plan.csv: the plan table for Excel, with the page's period and filter.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const view = await getPlanView(user, Object.fromEntries(query));
  return view ? { body: planCsv(view), filename: "plan.csv" } : null;
});
