import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { gapCsv } from "@/server/gaps/csv";
import { getGapRanking } from "@/server/gaps/ranking";

// /planung/luecken.csv: the gap ranking for Excel, with the page's query parameters (outside
// app/[locale] like /planung/abdeckung.csv, whose comments say why). Without planning:read: 404.

export const dynamic = "force-dynamic";

const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!can(user, "planning:read")) return notFound();
  const ranking = await getGapRanking(user, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(gapCsv(ranking), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="luecken-${ranking.params.achse}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
