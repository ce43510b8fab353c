import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { MAX_SEARCH_HITS, searchServiceIds } from "../../../search/hsds-services";
import { timedSearch } from "../../../search/slow-search";
import { db } from "../../db";
import { LOCATIONS_PUBLIC_FOR } from "../../offers/public-view";
import type { HsdsService } from "../hsds-schema";
import { HsdsNotFoundError } from "./errors";
import { locationWhere, PUBLIC_PLACE_OF } from "./near-postcode";
import { pageWindow, toPage } from "./page";
import { hsdsParams, parseId, parseQuery } from "./params";
import { resolveServiceFilters, serviceFilterParams, serviceWhere, type ServiceFilters } from "./service-filters";
import { hydrateServices, oneToOne, publishedRefs, serviceListItem } from "./services";

// /api/hsds/service_at_locations and /{id}: the public places of the public services. An offer
// whose address is hidden has no place here at all (publicOfferView). The ids are the ones the
// services' own service_at_locations carry (serviceAtLocationId), stored on the rows.

const listParams = {
  search: hsdsParams.search,
  ...serviceFilterParams,
  full: hsdsParams.flag,
  page: hsdsParams.page,
  per_page: hsdsParams.per_page,
  format: hsdsParams.format,
  postcode: hsdsParams.postcode,
  proximity: hsdsParams.proximity,
};

type SalRef = { id: string; serviceId: string; locationId: string; description: string | null };
const SAL_REF = { id: true, serviceId: true, locationId: true, description: true } as const;
/** Lookups of a search's hits go in chunks: PostgreSQL takes at most 65,535 parameters a statement. */
const ID_CHUNK = 10_000;

function salWhere(filters: ServiceFilters, location: Prisma.LocationWhereInput | undefined): Prisma.ServiceAtLocationWhereInput {
  return {
    service: { AND: [serviceWhere(filters), { addressVisibility: LOCATIONS_PUBLIC_FOR }] },
    ...(location ? { location } : {}),
  };
}

/** With `search`: every matching place, ordered by its service's rank, then paged here. */
async function searchedPage(search: string, filters: ServiceFilters, where: Prisma.ServiceAtLocationWhereInput, paging: { page: number; per_page: number }) {
  const { ids } = await timedSearch("hsds", () => searchServiceIds(search, filters, { page: 1, per_page: MAX_SEARCH_HITS }));
  const rank = new Map(ids.map((id, i) => [id, i]));
  const rows: SalRef[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    rows.push(...(await db.serviceAtLocation.findMany({ where: { AND: [where, { serviceId: { in: ids.slice(i, i + ID_CHUNK) } }] }, select: SAL_REF })));
  }
  rows.sort((a, b) => rank.get(a.serviceId)! - rank.get(b.serviceId)! || a.locationId.localeCompare(b.locationId));
  const { skip, take } = pageWindow(paging);
  return { total: rows.length, refs: rows.slice(skip, skip + take) };
}

/** The full service_at_locations of `refs` (from their services' HSDS form), in order. */
async function hydrate(refs: readonly SalRef[]) {
  const services = await hydrateServices(await publishedRefs([...new Set(refs.map((r) => r.serviceId))]));
  const byId = new Map(services.map((s) => [s.id, s]));
  return refs.flatMap((ref) => {
    const service = byId.get(ref.serviceId);
    const sal = service?.service_at_locations?.find((x) => x.id === ref.id);
    return service && sal ? [{ sal: { ...sal, ...(ref.description ? { description: ref.description } : {}) }, service }] : [];
  });
}

type Hydrated = Awaited<ReturnType<typeof hydrate>>[number];

/** Fully nested: the place's schedules and location, and its service (without the service's own list of places). */
function fullItem({ sal, service }: Hydrated) {
  const { service_at_locations: _places, ...rest } = service;
  return { ...sal, service: rest satisfies Omit<HsdsService, "service_at_locations"> };
}

function listItem({ sal, service }: Hydrated) {
  const { id, service_id, location_id, description } = sal;
  return { id, service_id, location_id, ...(description ? { description } : {}), service: serviceListItem(service), location: oneToOne(sal.location!) };
}

export async function listServiceAtLocations(request: Request) {
  const query = parseQuery(request, listParams);
  const filters = await resolveServiceFilters(db, query);
  const where = salWhere(filters, await locationWhere(query));
  const { total, refs } = query.search
    ? await searchedPage(query.search, filters, where, query)
    : await Promise.all([
        db.serviceAtLocation.count({ where }),
        db.serviceAtLocation.findMany({
          where,
          select: SAL_REF,
          orderBy: [{ service: { name: "asc" } }, { serviceId: "asc" }, { locationId: "asc" }],
          ...pageWindow(query),
        }),
      ]).then(([count, rows]) => ({ total: count, refs: rows }));
  const items = await hydrate(refs);
  return toPage<object>(items.map((item) => (query.full ? fullItem(item) : listItem(item))), total, query);
}

export async function getServiceAtLocation(request: Request, rawId: string) {
  parseQuery(request, {});
  const id = parseId(rawId);
  const ref = await db.serviceAtLocation.findFirst({ where: { id, ...PUBLIC_PLACE_OF }, select: SAL_REF });
  const [item] = ref ? await hydrate([ref]) : [];
  if (!item) throw new HsdsNotFoundError("service_at_location", id);
  return fullItem(item);
}
