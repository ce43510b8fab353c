import { mikroprojekteCsv } from "@/server/funding/csv";
import { getMikroprojektRegister } from "@/server/funding/mikroprojekte";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/mikroprojekte.csv: one year's Mikroprojekte for Excel.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const register = await getMikroprojektRegister(user, query.get("jahr") ?? undefined);
  return { body: mikroprojekteCsv(register), filename: `mikroprojekte-${register.year}.csv` };
});
