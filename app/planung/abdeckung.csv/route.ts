import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { coverageCsv } from "@/server/coverage/csv";
import { getCoverageMatrix } from "@/server/coverage/matrix";

// /planung/abdeckung.csv: the coverage matrix for Excel, with the page's query parameters. It lives
// outside app/[locale] because the proxy hands paths with a dot past next-intl (no locale rewrite),
// so one URL serves every language; the CSV's headers are German, like the city's spreadsheets.
// A route handler gets no not-found page from a thrown ForbiddenError, so it answers 404 itself,
// the same answer the planning pages give anyone without planning:read (signed out included).

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
