import "server-only";
import { Meilisearch } from "meilisearch";
import { env } from "../server/env";
import type { OfferDocument } from "./document";

// Created on first use, not at import: `next build` loads route modules without the environment.
// Node's fetch asks for gzip; Meilisearch then compresses and every search on a kept-alive
// connection stalls ~40 ms (delayed ACK). Asking for identity brings the round trip to ~2 ms.
const globalForMeili = globalThis as unknown as { meili?: Meilisearch };

export function meili() {
  globalForMeili.meili ??= new Meilisearch({
    host: env.MEILI_HOST,
    apiKey: env.MEILI_API_KEY,
    requestInit: { headers: { "accept-encoding": "identity" } },
  });
  return globalForMeili.meili;
}

export const offersIndexName = () => env.MEILI_INDEX;
export const offersIndex = () => meili().index<OfferDocument>(offersIndexName());
