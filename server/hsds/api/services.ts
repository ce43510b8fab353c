import "server-only";
import { searchServiceIds } from "../../../search/hsds-services";
import { timedSearch } from "../../../search/slow-search";
import { db } from "../../db";
import { readOffersData } from "../../offers/store";
import { fromOffer } from "../from-offer";
import type { HsdsService } from "../hsds-schema";
import type { Vocabulary } from "../taxonomies";
import { loadVocabulary } from "../vocabulary";
import { HsdsNotFoundError, HsdsParamError } from "./errors";
import { pageWindow, toPage } from "./page";
import { hsdsParams, parseId, parseQuery } from "./params";
import { resolveServiceFilters, serviceFilterParams, serviceWhere } from "./service-filters";

// /api/hsds/services and /services/{id}: the public services (PUBLIC_SERVICE_WHERE) as HSDS 3.0.
// Without `search` the database lists them by name and id; with it Meilisearch ranks them as the
// resident search does and the database supplies the page's services in that order. A page costs
// one query per table (readOffersData), whatever its size: no query per service.

const listParams = {
  search: hsdsParams.search,
  page: hsdsParams.page,
  per_page: hsdsParams.per_page,
  format: hsdsParams.format,
  ...serviceFilterParams,
  minimal: hsdsParams.flag,
  full: hsdsParams.flag,
};

type PublishedRef = { id: string; publishedAt: Date | null; organizationId: string };

/**
 * A query started now and awaited later, so it runs alongside the page's own queries (a page's
 * time is then its longest chain, not the sum). Its failure still reaches whoever awaits it.
 */
export function startEarly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {}); // not unhandled if the request fails before awaiting it
  return promise;
}

/** The full HSDS services of `refs`, in their order (never includeInternal: this is public). */
export async function hydrateServices(refs: readonly PublishedRef[], vocabularyLoad?: Promise<Vocabulary>): Promise<HsdsService[]> {
  if (refs.length === 0) return [];
  const [offers, organizations, vocabulary] = await Promise.all([
    readOffersData(db, refs.map((r) => r.id)),
    db.organization.findMany({ where: { id: { in: [...new Set(refs.map((r) => r.organizationId))] } } }),
    vocabularyLoad ?? loadVocabulary(db),
  ]);
  const refById = new Map(refs.map((r) => [r.id, r]));
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  return offers.map((offer) =>
    fromOffer(offer, { organization: orgById.get(offer.organizationId)!, vocabulary, lastModified: refById.get(offer.id)!.publishedAt }),
  );
}

/** The one-to-one fields of an HSDS object: its members that are neither arrays nor objects. */
export function oneToOne(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v === null || typeof v !== "object"));
}

/** A list item without `full`: the service's one-to-one fields and its organization's. */
export const serviceListItem = (s: HsdsService) => ({ ...oneToOne(s), organization: oneToOne(s.organization ?? {}) });

const PUBLISHED_REF = { id: true, publishedAt: true, organizationId: true } as const;

/** The public services among `ids` (a search's hits), in the order of `ids`. */
export async function publishedRefs(ids: readonly string[], where = serviceWhere({ termSets: [] })): Promise<PublishedRef[]> {
  const rows = await db.service.findMany({ where: { AND: [where, { id: { in: [...ids] } }] }, select: PUBLISHED_REF });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listServices(request: Request) {
  const query = parseQuery(request, listParams);
  if (query.minimal && query.full) throw new HsdsParamError("minimal", "cannot be combined with full");
  const filters = await resolveServiceFilters(db, query);
  const where = serviceWhere(filters);

  const vocabulary = query.minimal ? undefined : startEarly(loadVocabulary(db));
  let refs: PublishedRef[];
  let total: Promise<number>;
  const search = query.search;
  if (search) {
    const hits = await timedSearch("hsds", () => searchServiceIds(search, filters, query));
    // A hit unpublished since the index was written is left out of the page.
    refs = await publishedRefs(hits.ids, where);
    total = Promise.resolve(hits.total);
  } else {
    total = startEarly(db.service.count({ where }));
    // Ids first: the offset is then walked in the (status, name, id, version) index alone; with
    // more columns every skipped row was read from the table (a page deep into 100,000 offers: ~35 ms).
    const page = await db.service.findMany({ where, select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }], ...pageWindow(query) });
    refs = await publishedRefs(page.map((r) => r.id), where);
  }

  if (query.minimal) {
    const contents = refs.map((r) => ({ id: r.id, ...(r.publishedAt ? { last_modified: r.publishedAt.toISOString() } : {}) }));
    return toPage(contents, await total, query);
  }
  const services = await hydrateServices(refs, vocabulary);
  return toPage<object>(query.full ? services : services.map(serviceListItem), await total, query);
}

export async function getService(request: Request, rawId: string) {
  parseQuery(request, {});
  const id = parseId(rawId);
  const ref = await db.service.findFirst({ where: { AND: [serviceWhere({ termSets: [] }), { id }] }, select: PUBLISHED_REF });
  if (!ref) throw new HsdsNotFoundError("service", id);
  const [service] = await hydrateServices([ref]);
  return service;
}
