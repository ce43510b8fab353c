import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { reachabilityCsv } from "@/server/reachability/csv";
import { getReachability } from "@/server/reachability/reachability";

// /planung/erreichbarkeit.csv: the reachability table for Excel, with the page's query parameters.
// Outside app/[locale] for the same reason as /planung/abdeckung.csv (paths with a dot skip
// next-intl); anyone without planning:read gets the planning pages' 404.

export const dynamic = "force-dynamic";

const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!can(user, "planning:read")) return notFound();
  const data = await getReachability(user, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(reachabilityCsv(data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="erreichbarkeit.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
