import { hasLocale } from "next-intl";
import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { getCurrentUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { getDemandCsv } from "@/server/demand/csv";
import { demandFilterSchema, demandTableSchema } from "@/server/demand/schema";

type Context = { params: Promise<{ locale: string }> };

// Outside planners and admins this address does not exist (404, like the page), signed in or not.
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** One table of /planung/suchanfragen as CSV for German Excel (?tabelle=begriffe|filter|monate&ergebnisse=&monate=). */
export async function GET(request: NextRequest, { params }: Context) {
  const { locale } = await params;
  const query = request.nextUrl.searchParams;
  const table = demandTableSchema.safeParse(query.get("tabelle") ?? undefined);
  if (!hasLocale(routing.locales, locale) || !table.success) return notFound();
  const filter = demandFilterSchema.parse({ ergebnisse: query.get("ergebnisse") ?? undefined, monate: query.get("monate") ?? undefined });
  let csv: string;
  try {
    csv = await getDemandCsv(await getCurrentUser(), table.data, filter, locale);
  } catch (err) {
    if (err instanceof ForbiddenError) return notFound();
    throw err;
  }
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="suchanfragen-${table.data}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
