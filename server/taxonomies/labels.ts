import "server-only";
import { db } from "../db";

// Display labels of taxonomy terms (facet values) per locale, from the database: planners can
// rename a Planungsraum without a deployment. Cached briefly: they change rarely.

type Labels = Record<string, Record<string, string>>; // taxonomy key -> code -> label
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; labels: Labels }>();

export async function getTermLabels(locale: string): Promise<Labels> {
  const hit = cache.get(locale);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.labels;
  const terms = await db.taxonomyTerm.findMany({
    select: { code: true, name: true, labels: true, taxonomy: { select: { key: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const labels: Labels = {};
  for (const t of terms) {
    const translated = (t.labels as Record<string, string> | null)?.[locale];
    (labels[t.taxonomy.key] ??= {})[t.code] = translated || t.name;
  }
  cache.set(locale, { at: Date.now(), labels });
  return labels;
}
