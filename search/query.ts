import "server-only";
import { z } from "zod";
import { offersIndex } from "./client";
import type { OfferDocument } from "./document";

// Resident search. Parameters come from the URL, are parsed here with zod, and only these parsed
// values reach Meilisearch (no filter string is built from raw input).

export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return searchParamsSchema.parse({ q: first(raw.q) ?? "", page: first(raw.page) ?? 1 });
}

export const HITS_PER_PAGE = 20;

export type OfferHit = Pick<
  OfferDocument,
  "id" | "name" | "organizationName" | "street" | "postalCode" | "city" | "phone" | "hasPublicAddress"
> & { snippet: string };

export async function searchOffers(params: SearchParams) {
  const res = await offersIndex().search(params.q, {
    page: params.page,
    hitsPerPage: HITS_PER_PAGE,
    matchingStrategy: "frequency",
    attributesToRetrieve: ["id", "name", "organizationName", "street", "postalCode", "city", "phone", "hasPublicAddress", "description"],
    attributesToCrop: ["description"],
    cropLength: 30,
  });
  const hits: OfferHit[] = res.hits.map((h) => ({
    id: h.id,
    name: h.name,
    organizationName: h.organizationName,
    street: h.street,
    postalCode: h.postalCode,
    city: h.city,
    phone: h.phone,
    hasPublicAddress: h.hasPublicAddress,
    snippet: h._formatted?.description ?? h.description,
  }));
  return { hits, total: res.totalHits ?? 0, pages: res.totalPages ?? 0, page: params.page };
}
