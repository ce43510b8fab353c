import "server-only";
import { Prisma } from "../server/generated/prisma/client";
import { db } from "../server/db";
import { LOCATIONS_PUBLIC_FOR, publicOfferView } from "../server/offers/public-view";
import { LEICHTE_SPRACHE } from "../i18n/locales";
import { HITS_PER_PAGE, type FacetParam, type SearchParams } from "./params";

// When Meilisearch is down the site still answers: a simpler PostgreSQL search (German full text
// plus a substring match on the name) over published offers, with the main facet filters and
// exact counts, but no typo tolerance, facet counts or distance. All values are bound parameters.
// What it returns has passed publicOfferView(), like every public read.

/** The ILIKE pattern for "the name contains q", with q's own wildcards taken out. */
const nameContains = (q: string) => `%${q.replace(/[%_\\]/g, "")}%`;

/**
 * An offer `s` as a German text-search document: exactly the expression of the GIN index
 * "Service_fallback_fts_idx" (the bench's full-text baseline, scripts/bench/postgres-fts.ts, uses
 * it too, so a drift shows in tests/integration/fallback-indexes.test.ts for both).
 */
export const GERMAN_DOCUMENT = Prisma.sql`to_tsvector('german', s.name || ' ' || s.description)`;

/**
 * German full text on name + description, or a substring of the name. Both expressions are those
 * of the GIN indexes in migration 20261205111500_fallback_search_indexes: change them together.
 */
export function textMatch(q: string): Prisma.Sql {
  return Prisma.sql`(
      ${GERMAN_DOCUMENT} @@ plainto_tsquery('german', ${q})
      or s.name ilike ${nameContains(q)})`;
}

/**
 * The filters of a search on offers `s` other than the text, optionally without one facet (for a
 * disjunctive count of that facet). Facets follow the index's meaning (search/document.ts): a
 * Planungsraum is served or holds a public place.
 */
export function filterConditions(params: SearchParams, except?: FacetParam): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`s.version > 0`, Prisma.sql`s.status = 'active'`];
  for (const [taxonomy, codes] of [
    ["handlungsfeld", params.handlungsfeld],
    ["lebensphase", params.lebensphase],
    ["angebotsart", params.angebotsart],
  ] as const) {
    if (codes.length === 0 || taxonomy === except) continue;
    conditions.push(Prisma.sql`exists (
      select 1 from "ServiceTerm" st join "TaxonomyTerm" t on t.id = st."termId" join "Taxonomy" x on x.id = t."taxonomyId"
      where st."serviceId" = s.id and x.key = ${taxonomy} and t.code in (${Prisma.join(codes)}))`);
  }
  if (params.planungsraum.length && except !== "planungsraum") {
    // One uncorrelated set (run once, joined): a correlated exists over a union ran per offer,
    // ~0.5 s at 100,000 offers for a Planungsraum alone.
    const codes = Prisma.join(params.planungsraum);
    conditions.push(Prisma.sql`s.id in (
      select sa."serviceId" from "ServiceAreaPlanningArea" sa join "PlanningArea" pa on pa.id = sa."planningAreaId" where pa.code in (${codes})
      union
      select sl."serviceId" from "ServiceAtLocation" sl join "Location" l on l.id = sl."locationId" join "PlanningArea" pa on pa.id = l."planningAreaId"
      join "Service" sv on sv.id = sl."serviceId" where sv."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} and pa.code in (${codes}))`);
  }
  if (params.kostenlos) conditions.push(Prisma.sql`s.free = true`);
  if (params.anonym) conditions.push(Prisma.sql`s."anonymousPossible" = true`);
  if (params.leichtesprache) {
    conditions.push(Prisma.sql`exists (
      select 1 from "ServiceTranslation" tr
      where tr."serviceId" = s.id and tr.locale = ${LEICHTE_SPRACHE} and tr."reviewState" = 'APPROVED')`);
  }
  return conditions;
}

export async function fallbackSearch(params: SearchParams) {
  const conditions = filterConditions(params);
  if (params.q) conditions.push(textMatch(params.q));
  const where = Prisma.join(conditions, " and ");

  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`select count(*) as total from "Service" s where ${where}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    select s.id from "Service" s where ${where}
    order by (s.name ilike ${nameContains(params.q)}) desc, s.name asc
    limit ${HITS_PER_PAGE} offset ${(params.page - 1) * HITS_PER_PAGE}`;
  const services = await db.service.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    include: {
      organization: { select: { name: true } },
      phones: { take: 1 },
      locations: { take: 1, include: { location: true } },
    },
  });
  const byId = new Map(services.map((s) => [s.id, publicOfferView(s)]));
  return {
    total: Number(total),
    pageSize: HITS_PER_PAGE,
    services: rows.map((r) => byId.get(r.id)!).filter(Boolean),
  };
}
