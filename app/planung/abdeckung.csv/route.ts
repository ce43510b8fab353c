import { coverageCsv } from "@/server/coverage/csv";
import { getCoverageMatrix } from "@/server/coverage/matrix";
import { coverageParamsSchema } from "@/server/coverage/params";
import { planningCsvRoute } from "@/server/http/planning-csv";
import { getScenarioDelta } from "@/server/scenarios/queries";

// /planung/abdeckung.csv: the coverage matrix for Excel, with the page's query parameters. With
// ?szenario=ID the scenario's figures, today's in extra columns (a malformed or unknown id: 404).

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const raw = Object.fromEntries(query);
  const wanted = coverageParamsSchema.parse(raw).szenario;
  const scenario = wanted ? await getScenarioDelta(user, wanted) : undefined;
  const [matrix, today] = await Promise.all([getCoverageMatrix(user, raw, "de", scenario?.delta), scenario ? getCoverageMatrix(user, raw) : undefined]);
  return {
    body: coverageCsv(matrix, scenario && today && { name: scenario.name, today }),
    filename: `abdeckung-${matrix.params.achse}${scenario ? "-szenario" : ""}.csv`,
  };
});
