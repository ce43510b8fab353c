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
export const meiliClient = (host: string, apiKey: string | undefined) =>
  new Meilisearch({ host, apiKey, requestInit: { headers: { "accept-encoding": "identity" } } });

export const replicaOf = (host: string, keys: { admin?: string; search?: string }): SearchReplica => ({
  host,
  admin: meiliClient(host, keys.admin),
  search: meiliClient(host, keys.search),
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

/** The admin client of the first replica (scripts and benches that work on one server). */
export const meili = () => searchReplicas()[0].admin;

/** The client residents' searches go through (search key). */
export const searchClient = () => searchReplicas()[0].search;

export const offersIndexName = () => env.MEILI_INDEX;
/** The offers index for writes and admin reads, on the first replica. */
export const offersIndex = () => meili().index<OfferDocument>(offersIndexName());
/** The offers index for searches. */
export const offersSearchIndex = () => searchClient().index<OfferDocument>(offersIndexName());
