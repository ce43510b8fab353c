import { hasLocale } from "next-intl";
import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { getDemandCsv } from "@/server/demand/csv";
import { demandFilterSchema, demandTableSchema } from "@/server/demand/schema";

type Context = { params: Promise<{ locale: string }> };

/** What anyone without planning:read (signed out included) gets, like the planning pages; also an unknown table. */
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** One table of /planung/suchanfragen as CSV for German Excel (?tabelle=begriffe|filter|monate&ergebnisse=&monate=). */
export async function GET(request: NextRequest, { params }: Context) {
  const { locale } = await params;
  const query = request.nextUrl.searchParams;
  const table = demandTableSchema.safeParse(query.get("tabelle") ?? undefined);
  if (!hasLocale(routing.locales, locale) || !table.success) return notFound();
  // The domain checks too (its ForbiddenError also makes Next answer 404), but checking first keeps
  // the answer independent of that detail of Next, as app/planung/abdeckung.csv does.
  const user = await getCurrentUser();
  if (!can(user, "planning:read")) return notFound();
  const filter = demandFilterSchema.parse({ ergebnisse: query.get("ergebnisse") ?? undefined, monate: query.get("monate") ?? undefined });
  const csv = await getDemandCsv(user, table.data, filter, locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="suchanfragen-${table.data}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
