import "server-only";
import { Meilisearch } from "meilisearch";
import { env, splitHosts } from "../server/env";
import type { OfferDocument } from "./document";

/**
 * One Meilisearch server of MEILI_HOST. Every replica holds the whole index: writers write each
 * one (the outbox keeps per-replica progress), searches go to one that answers.
 */
export type SearchReplica = {
  /** The URL as configured (without a trailing slash); also the replica's name in the outbox. */
  host: string;
  /** Writes: the admin key (never the master key). */
  admin: Meilisearch;
  /** Searches: the search-only key. */
  search: Meilisearch;
};

// Node's fetch asks for gzip; Meilisearch then compresses and every search on a kept-alive
// connection stalls ~40 ms (delayed ACK). Asking for identity brings the round trip to ~2 ms.
// A timeout per request: a replica that stops answering without closing its connections (a
// network partition, a frozen VM) would otherwise hold a search, or the index write lock, forever.
export const meiliClient = (host: string, apiKey: string | undefined, timeout?: number) =>
  new Meilisearch({ host, apiKey, timeout, requestInit: { headers: { "accept-encoding": "identity" } } });

/**
 * A search slower than this counts as a failed replica: the next one (or the database) answers. A
 * resident search takes well under 100 ms at 100,000 offers (docs/performance.md).
 */
export const SEARCH_TIMEOUT_MS = 5_000;
/** Writes only enqueue tasks and poll them: any single request that takes this long is stuck. */
const ADMIN_TIMEOUT_MS = 30_000;

export const replicaOf = (host: string, keys: { admin?: string; search?: string }): SearchReplica => ({
  host,
  admin: meiliClient(host, keys.admin, ADMIN_TIMEOUT_MS),
  search: meiliClient(host, keys.search, SEARCH_TIMEOUT_MS),
});

// Created on first use, not at import: `next build` loads route modules without the environment.
// Kept on globalThis so tests can point the process at servers of their own (tests/setup/meili-override.ts).
const globalForMeili = globalThis as unknown as { meiliReplicas?: SearchReplica[] };

/** Every replica, in MEILI_HOST's order. */
export function searchReplicas(): SearchReplica[] {
  globalForMeili.meiliReplicas ??= splitHosts(env.MEILI_HOST).map((host) =>
    replicaOf(host, { admin: env.MEILI_ADMIN_KEY ?? env.MEILI_API_KEY, search: env.MEILI_SEARCH_KEY ?? env.MEILI_API_KEY }),
  );
  return globalForMeili.meiliReplicas;
}

/** The admin client of the first replica (benches and tests that work on one server). */
export const meili = () => searchReplicas()[0].admin;

export const offersIndexName = () => env.MEILI_INDEX;
/** The offers index for admin reads on the first replica (benches, tests). Searches: searchWithFailover. */
export const offersIndex = () => meili().index<OfferDocument>(offersIndexName());
