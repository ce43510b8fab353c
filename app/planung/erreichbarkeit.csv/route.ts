import { planningCsvRoute } from "@/server/http/planning-csv";
import { reachabilityCsv } from "@/server/reachability/csv";
import { getReachability } from "@/server/reachability/reachability";

// /planung/erreichbarkeit.csv: the reachability table for Excel, with the page's query parameters.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => ({
  body: reachabilityCsv(await getReachability(user, Object.fromEntries(query))),
  filename: "erreichbarkeit.csv",
}));
