import "server-only";
import type { Meilisearch } from "meilisearch";
import { searchReplicas } from "./client";

// What this process knows about each replica (by host): when it last failed, and whether its index
// was checked since (settings applied, not outdated). In memory on purpose: every site process
// finds out for itself within one request, and a restart forgets nothing worth keeping.

/**
 * How long a replica that failed is tried only after the others ("failed recently"). Longer than a
 * search's timeout, so a replica that hangs costs one slow search per process in this time, not all.
 */
export const COOL_DOWN_MS = 10_000;

type Health = { failedAt?: number; failedEver?: boolean; checked: Set<string> };
const globalForHealth = globalThis as unknown as { meiliReplicaHealth?: Map<string, Health> };
const health = (globalForHealth.meiliReplicaHealth ??= new Map<string, Health>());
const stateOf = (host: string) => health.get(host) ?? health.set(host, { checked: new Set() }).get(host)!;

export function markReplicaFailed(host: string) {
  // A replica that failed may come back empty or behind on its settings: check it again first.
  health.set(host, { failedAt: Date.now(), failedEver: true, checked: new Set() });
}

export function markReplicaAnswered(host: string) {
  stateOf(host).failedAt = undefined;
}

/** Whether the replica failed at some point since this process started (it may have missed settings). */
export const replicaFailedSinceStart = (host: string) => health.get(host)?.failedEver === true;

/** Whether the replica's last contact from this process failed (it did not answer). */
export const replicaDown = (host: string) => health.get(host)?.failedAt !== undefined;

export function coolingDown(host: string, now = Date.now()) {
  const failedAt = health.get(host)?.failedAt;
  return failedAt !== undefined && now - failedAt < COOL_DOWN_MS;
}

/** Whether this process checked the replica's index since it started or the replica last failed. */
export const replicaChecked = (host: string, index: string) => health.get(host)?.checked.has(index) === true;
export const markReplicaChecked = (host: string, index: string) => void stateOf(host).checked.add(index);

/**
 * Runs a search on the first replica that answers, in MEILI_HOST's order, trying one that failed
 * in the last few seconds only after all others. Throws the last error when none answers (the
 * resident search then asks the database).
 */
export async function searchWithFailover<T>(run: (client: Meilisearch) => Promise<T>): Promise<T> {
  const replicas = searchReplicas();
  const ordered = [...replicas.filter((r) => !coolingDown(r.host)), ...replicas.filter((r) => coolingDown(r.host))];
  let lastError: unknown;
  for (const replica of ordered) {
    try {
      const result = await run(replica.search);
      markReplicaAnswered(replica.host);
      return result;
    } catch (err) {
      markReplicaFailed(replica.host);
      lastError = err;
    }
  }
  throw lastError;
}
