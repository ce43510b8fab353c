import { planningCsvRoute } from "@/server/http/planning-csv";
import { comparisonCsv } from "@/server/snapshots/csv";
import { compareSnapshots } from "@/server/snapshots/queries";

// /planung/stichtage/vergleich.csv?a=&b=: the comparison of two snapshots for Excel.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => ({
  body: comparisonCsv(await compareSnapshots(user, query.get("a"), query.get("b"))),
  filename: "stichtage-vergleich.csv",
}));
