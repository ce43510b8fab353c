// The two Meilisearch keys the site runs with, made from the master key: a search key (search the
// offers index, nothing else) and an admin key (what the index writers need: documents, settings,
// indexes and their swap, tasks; never key management). Meilisearch derives a key's value from its uid and the
// master key (HMAC-SHA256), so fixed uids give the same values on every replica that shares the
// master key and on every run: the site's configuration never has to change when keys are re-made.
//
// Not "server-only": scripts/lib/services.ts derives these keys when it starts the embedded
// Meilisearch, and Playwright's own process loads that module (tests/e2e/second-site.ts).
import { createHash, createHmac } from "node:crypto";
import { Meilisearch, MeilisearchApiError, type Key } from "meilisearch";

export type SiteKeyRole = "search" | "admin";
const ROLES: SiteKeyRole[] = ["search", "admin"];

/**
 * What each key may do (Meilisearch 1.21's actions). The search key: `search` on the offers index
 * only. The admin key searches too (the start-up check for documents of an older shape,
 * rebuildIfOutdated, asks the live index with it) and writes documents, settings and indexes.
 * Left out on purpose: keys.*, dumps, snapshots, tasks.cancel/delete, experimental features.
 *
 * The admin key covers every index (`*`), not only `<index>` and `<index>_rebuild_*`: Meilisearch
 * 1.21 shows an index swap's task (it has no indexUid) only to keys for all indexes, and the
 * reindex waits for its swap task (tests/integration/search-keys.test.ts shows it). Give the
 * catalogue a Meilisearch of its own.
 */
export function siteKeySpec(role: SiteKeyRole, index: string) {
  if (role === "search") return { actions: ["search"], indexes: [index] };
  return {
    actions: [
      "search",
      "documents.add", "documents.get", "documents.delete",
      "indexes.create", "indexes.get", "indexes.update", "indexes.delete", "indexes.swap",
      "settings.get", "settings.update",
      "tasks.get",
      "stats.get",
    ],
    indexes: ["*"],
  };
}

/**
 * The key's uid: fixed for a role and an index name (a UUID v4 in form, as Meilisearch expects),
 * so two catalogues with different MEILI_INDEX on one Meilisearch do not overwrite each other's keys.
 */
export function siteKeyUid(role: SiteKeyRole, index: string) {
  const h = createHash("sha256").update(`angebotskatalog:${role}:${index}`).digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The value Meilisearch gives the key with this uid under this master key. */
export const siteKeyValue = (masterKey: string, uid: string) => createHmac("sha256", masterKey).update(uid).digest("hex");

export type KeyOutcome = "created" | "unchanged" | "replaced";
export type SiteKeys = { search: string; admin: string; report: { host: string; role: SiteKeyRole; outcome: KeyOutcome }[] };

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

const isApiError = (err: unknown, code: string) => err instanceof MeilisearchApiError && err.cause?.code === code;

/**
 * Creates the two keys on every host, or brings existing ones to the wanted rights. Meilisearch
 * cannot change a key's actions or indexes, so a key with other rights is deleted and created
 * again under the same uid (hence the same value). Idempotent: a second run changes nothing.
 */
export async function ensureSiteKeys(opts: { hosts: string[]; masterKey: string; index: string }): Promise<SiteKeys> {
  const report: SiteKeys["report"] = [];
  const values = {} as Record<SiteKeyRole, string>;
  for (const role of ROLES) values[role] = siteKeyValue(opts.masterKey, siteKeyUid(role, opts.index));
  for (const host of opts.hosts) {
    const client = new Meilisearch({ host, apiKey: opts.masterKey });
    for (const role of ROLES) {
      const { outcome, key } = await ensureKey(client, role, opts.index).catch((err: unknown) => {
        const why = err instanceof MeilisearchApiError ? `${err.response.status} ${err.cause?.code ?? err.message}` : err instanceof Error ? err.message : String(err);
        throw new Error(`Meilisearch at ${host} refused to set up the ${role} key (${why}); is MEILI_MASTER_KEY its master key?`);
      });
      // Meilisearch computes the value; ours must agree, or the values printed would not work.
      if (key !== values[role]) throw new Error(`Meilisearch at ${host} gives the ${role} key another value than derived: a different master key?`);
      report.push({ host, role, outcome });
    }
  }
  return { ...values, report };
}

async function ensureKey(client: Meilisearch, role: SiteKeyRole, index: string): Promise<{ outcome: KeyOutcome; key: string }> {
  const uid = siteKeyUid(role, index);
  const spec = siteKeySpec(role, index);
  const wanted = {
    uid,
    name: `angebotskatalog ${role} (${index})`,
    description: role === "search" ? "Angebotskatalog: residents' searches" : "Angebotskatalog: index writers (outbox, reindex, settings)",
    ...spec,
    expiresAt: null,
  };
  const existing: Key | null = await client.getKey(uid).catch((err: unknown) => {
    if (isApiError(err, "api_key_not_found")) return null;
    throw err;
  });
  if (existing && sameSet(existing.actions, spec.actions) && sameSet(existing.indexes, spec.indexes) && !existing.expiresAt) {
    return { outcome: "unchanged", key: existing.key };
  }
  if (existing) await client.deleteKey(uid);
  const created = await client.createKey(wanted);
  return { outcome: existing ? "replaced" : "created", key: created.key };
}

/**
 * Whether `key` may list Meilisearch's keys on `host` (the master key, or a key with keys.* rights):
 * true or false, or null when the server did not answer (nothing can be said then).
 */
export async function canManageKeys(host: string, key: string): Promise<boolean | null> {
  try {
    const res = await fetch(`${host}/keys?limit=1`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(5_000) });
    await res.body?.cancel();
    if (res.ok) return true;
    if (res.status === 401 || res.status === 403) return false;
    return null;
  } catch {
    return null;
  }
}
