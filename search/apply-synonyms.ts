import "server-only";
import type { Index } from "meilisearch";
import { offersIndexName } from "./client";
import { synonymSettings } from "./settings";
import { loadSynonymGroups } from "./synonym-groups";
import type { SynonymGroupData } from "./synonyms";
import { forEveryReplica, TASK_WAIT, withIndexWriteLock } from "./sync";

// The synonym list lives in the database (SynonymGroup, edited by reviewers) and reaches the index
// without a deployment: on every save (applySynonyms), whenever the index's settings are applied
// (ensureIndex: site start, seed, import), and into a rebuilt index just before it is swapped in.

/** Writes the synonym part of the settings to one index and waits until Meilisearch applied it. */
export async function writeSynonymSettings(index: Index, groups: readonly SynonymGroupData[]) {
  const task = await index.updateSettings(synonymSettings(groups)).waitTask(TASK_WAIT);
  if (task.status !== "succeeded") throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? ""}`);
}

/**
 * Applies the current synonym list to the live index. Under the index write lock, so two saves
 * in quick succession cannot land in the wrong order (the later one reads the list after the
 * earlier one committed), and a reindex swapping in its new index waits for it (and then copies
 * the list it reads under the same lock).
 */
export function applySynonyms() {
  return withIndexWriteLock(async (tx) => {
    const groups = await loadSynonymGroups(tx);
    // A replica that misses it (down) gets the list when this process next reaches it (the
    // drain's first-contact check applies the settings), at a site start, or with a rebuild.
    await forEveryReplica(({ admin }) => writeSynonymSettings(admin.index(offersIndexName()), groups));
  });
}
