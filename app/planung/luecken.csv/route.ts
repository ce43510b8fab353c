import { gapCsv } from "@/server/gaps/csv";
import { getGapRankingWithScenario } from "@/server/gaps/scenario";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/luecken.csv: the gap ranking for Excel, with the page's query parameters. With
// ?szenario=ID the scenario's ranking, today's rank and score in extra columns (a malformed or
// unknown id: 404, as on the page).

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const { ranking, scenario } = await getGapRankingWithScenario(user, Object.fromEntries(query));
  return { body: gapCsv(ranking, scenario ?? undefined), filename: `luecken-${ranking.params.achse}${scenario ? "-szenario" : ""}.csv` };
});
