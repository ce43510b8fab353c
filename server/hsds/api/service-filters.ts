import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db";
import { LOCATIONS_PUBLIC_FOR } from "../../offers/public-view";
import { PROPERTY_TERM_IDS } from "../properties";
import { MEASURE_TAXONOMY, PROPERTY_TAXONOMY } from "../taxonomies";
import { HsdsParamError } from "./errors";
import { hsdsParams } from "./params";
import { PUBLIC_SERVICE_WHERE } from "./public-services";

// The service filters of /services and /service_at_locations, resolved once per request into a
// form both the database (Prisma where) and Meilisearch (search/hsds-services.ts) apply, so a
// search and a plain listing filter alike. Filters combine with AND.
//
// Term ids are the ids the services' HSDS attributes carry (server/hsds/from-offer.ts): database
// terms (Planungsraum terms included), LSZ measures (the measure's id) and property terms. A
// property term ("angebotskatalog-merkmal") describes how a value is stored, not a class of
// offers, so filtering by one is refused. An id that names nothing public (an unknown id, a
// planner-only term) simply matches no service.

export const serviceFilterParams = {
  taxonomy_term_id: hsdsParams.optionalId,
  taxonomy_id: hsdsParams.optionalId,
  organization_id: hsdsParams.optionalId,
  modified_after: hsdsParams.modified_after,
};

type FilterQuery = {
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: Date;
};

export type ServiceFilters = {
  /** Each entry: the service carries at least one of these term ids (entries AND-ed). */
  termSets: string[][];
  organizationId?: string;
  modifiedAfter?: Date;
};

const lower = (id: string | undefined) => id?.toLowerCase();

async function termsOfTaxonomy(db: Db, taxonomyId: string): Promise<string[]> {
  if (taxonomyId === PROPERTY_TAXONOMY.id) {
    throw new HsdsParamError("taxonomy_id", "the offer properties taxonomy describes stored values and is not filterable");
  }
  if (taxonomyId === MEASURE_TAXONOMY.id) return (await db.measure.findMany({ select: { id: true } })).map((m) => m.id);
  return (await db.taxonomyTerm.findMany({ where: { taxonomyId }, select: { id: true } })).map((t) => t.id);
}

export async function resolveServiceFilters(db: Db, query: FilterQuery): Promise<ServiceFilters> {
  const termSets: string[][] = [];
  const termId = lower(query.taxonomy_term_id);
  if (termId) {
    if (PROPERTY_TERM_IDS.has(termId)) {
      throw new HsdsParamError("taxonomy_term_id", "offer property terms describe stored values and are not filterable");
    }
    termSets.push([termId]);
  }
  const taxonomyId = lower(query.taxonomy_id);
  if (taxonomyId) termSets.push(await termsOfTaxonomy(db, taxonomyId));
  return { termSets, organizationId: lower(query.organization_id), modifiedAfter: query.modified_after };
}

/** Services carrying one of `termIds` as an attribute, exactly as fromOffer writes them. */
function carriesTerm(termIds: string[]): Prisma.ServiceWhereInput {
  const inArea = { planningArea: { termId: { in: termIds } } };
  return {
    OR: [
      { terms: { some: { termId: { in: termIds } } } },
      { measures: { some: { measureId: { in: termIds } } } },
      { serviceAreas: { some: inArea } },
      // A hidden place's Planungsraum is not public (publicOfferView), so it does not count.
      { addressVisibility: LOCATIONS_PUBLIC_FOR, locations: { some: { location: inArea } } },
    ],
  };
}

/** The public services matching the filters. */
export function serviceWhere(filters: ServiceFilters): Prisma.ServiceWhereInput {
  return {
    AND: [
      PUBLIC_SERVICE_WHERE,
      ...(filters.organizationId ? [{ organizationId: filters.organizationId }] : []),
      ...(filters.modifiedAfter ? [{ publishedAt: { gte: filters.modifiedAfter } }] : []),
      ...filters.termSets.map(carriesTerm),
    ],
  };
}
