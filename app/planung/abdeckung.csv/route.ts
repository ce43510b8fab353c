import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { coverageCsv } from "@/server/coverage/csv";
import { getCoverageMatrix } from "@/server/coverage/matrix";
import { coverageParamsSchema } from "@/server/coverage/params";
import { getScenarioDelta } from "@/server/scenarios/queries";
import { NotFoundError } from "@/server/authz";

// /planung/abdeckung.csv: the coverage matrix for Excel, with the page's query parameters. It lives
// outside app/[locale] because the proxy hands paths with a dot past next-intl (no locale rewrite),
// so one URL serves every language; the CSV's headers are German, like the city's spreadsheets.
// Anyone without planning:read (signed out included) gets the 404 the planning pages give. Next 16
// also answers 404 when getCoverageMatrix throws ForbiddenError here (its not-found digest), but
// the handler checks first so the answer does not hang on that detail of Next.

export const dynamic = "force-dynamic";

const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!can(user, "planning:read")) return notFound();
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  // ?szenario=ID: the scenario's figures with today's in extra columns (a malformed or unknown id: 404).
  const wanted = coverageParamsSchema.parse(raw).szenario;
  let scenario: Awaited<ReturnType<typeof getScenarioDelta>> | undefined;
  try {
    scenario = wanted ? await getScenarioDelta(user, wanted) : undefined;
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    throw err;
  }
  const [matrix, today] = await Promise.all([getCoverageMatrix(user, raw, "de", scenario?.delta), scenario ? getCoverageMatrix(user, raw) : undefined]);
  return new Response(coverageCsv(matrix, scenario && today && { name: scenario.name, today }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="abdeckung-${matrix.params.achse}${scenario ? "-szenario" : ""}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
