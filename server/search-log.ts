import "server-only";
import { db } from "./db";
import { env } from "./env";

// Searches that found nothing or little, for the planners' demand signal (/planung/suchanfragen):
// what residents look for and do not find. Only the query text, filters, locale and the number of
// results are kept (no IP, no session, no user), and only for the retention period.

/** A search with at most this many results is "thin" and logged. */
export const THIN_SEARCH_MAX_RESULTS = 2;

export function isThinSearch(resultCount: number) {
  return resultCount <= THIN_SEARCH_MAX_RESULTS;
}

export async function logThinSearch(entry: { query: string; filters: Record<string, unknown>; locale: string; resultCount: number }) {
  if (!isThinSearch(entry.resultCount)) return;
  const cutoff = new Date(Date.now() - env.NO_RESULT_RETENTION_DAYS * 86_400_000);
  await db.$transaction([
    db.noResultSearch.create({
      data: { query: entry.query.slice(0, 200), filters: entry.filters as object, locale: entry.locale, resultCount: entry.resultCount },
    }),
    // Pruning on write keeps the table within its retention without a scheduler.
    db.noResultSearch.deleteMany({ where: { createdAt: { lt: cutoff } } }),
  ]);
}
