import "server-only";
import type { Db, Tx } from "../db";
import type { Vocabulary } from "./taxonomies";

/** Everything the HSDS mapping needs to know from the database about classifications. */
export async function loadVocabulary(db: Db | Tx): Promise<Vocabulary> {
  const [terms, planningAreas, measures] = [
    await db.taxonomyTerm.findMany({ include: { taxonomy: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    await db.planningArea.findMany({ select: { code: true, name: true, termId: true } }),
    await db.measure.findMany({ select: { id: true, code: true, title: true, timeframe: true } }),
  ];
  return {
    terms: terms.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      description: t.description,
      parentId: t.parentId,
      taxonomy: t.taxonomy,
    })),
    planningAreas,
    measures,
  };
}
