import { getDemandCsv } from "@/server/demand/csv";
import { demandFilterSchema, demandTableSchema } from "@/server/demand/schema";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/suchanfragen.csv?tabelle=begriffe|filter|monate&ergebnisse=&monate=: one table of
// /planung/suchanfragen for Excel; an unknown table is a 404 like a missing page.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user, query) => {
  const table = demandTableSchema.safeParse(query.get("tabelle") ?? undefined);
  if (!table.success) return null;
  const filter = demandFilterSchema.parse({ ergebnisse: query.get("ergebnisse") ?? undefined, monate: query.get("monate") ?? undefined });
  return { body: await getDemandCsv(user, table.data, filter, "de"), filename: `suchanfragen-${table.data}.csv` };
});
