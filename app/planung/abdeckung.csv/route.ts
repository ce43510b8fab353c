import { coverageCsv } from "@/server/coverage/csv";
import { getCoverageMatrix } from "@/server/coverage/matrix";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/abdeckung.csv: the coverage matrix for Excel, with the page's query parameters.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const matrix = await getCoverageMatrix(user, Object.fromEntries(query));
  return { body: coverageCsv(matrix), filename: `abdeckung-${matrix.params.achse}.csv` };
});
