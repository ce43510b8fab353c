import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { coverageCsv } from "@/server/coverage/csv";
import { getCoverageMatrix } from "@/server/coverage/matrix";

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
  const matrix = await getCoverageMatrix(user, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(coverageCsv(matrix), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="abdeckung-${matrix.params.achse}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
