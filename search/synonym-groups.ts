import "server-only";
import { db, type Tx } from "../server/db";
import type { SynonymGroupData } from "./synonyms";

/** The synonym groups the search applies (tombstones of deleted seeded groups left out). */
export function loadSynonymGroups(client: Tx = db): Promise<SynonymGroupData[]> {
  return client.synonymGroup.findMany({
    where: { deletedAt: null },
    select: { kind: true, words: true, targets: true },
    orderBy: { createdAt: "asc" },
  });
}
