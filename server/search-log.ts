import "server-only";
import { db } from "./db";
import { env } from "./env";

// Searches that found nothing, for the planners: what residents look for and do not find.
// Only the query text and filters are kept (no IP, no session, no user), and only for the
// retention period.

export async function logNoResultSearch(entry: { query: string; filters: Record<string, unknown>; locale: string }) {
  const cutoff = new Date(Date.now() - env.NO_RESULT_RETENTION_DAYS * 86_400_000);
  await db.$transaction([
    db.noResultSearch.create({ data: { query: entry.query.slice(0, 200), filters: entry.filters as object, locale: entry.locale } }),
    // Pruning on write keeps the table within its retention without a scheduler.
    db.noResultSearch.deleteMany({ where: { createdAt: { lt: cutoff } } }),
  ]);
}
