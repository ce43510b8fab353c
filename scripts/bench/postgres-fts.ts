// The baseline of issue 14: the search a team would build on PostgreSQL instead of Meilisearch.
// German full text (the GIN-indexed tsvector of search/fallback.ts) matched with
// websearch_to_tsquery, ordered by ts_rank, the site's facet filters, a place with a radius (a
// bounding box, then the distance), a page of the site's size with its total and facet counts by
// GROUP BY (disjunctive like the site: a ticked facet is counted without its own filter). It takes
// the site's parsed parameters (search/params.ts), and every value is a bound parameter.
// Not the product's fallback (search/fallback.ts), which has no ranking, counts or distance.
import { Prisma } from "../../server/generated/prisma/client";
import { db } from "../../server/db";
import { geocode } from "../../server/geo/geocode";
import { LOCATIONS_PUBLIC_FOR } from "../../server/offers/public-view";
import { filterConditions, GERMAN_DOCUMENT } from "../../search/fallback";
import { CHANNELS, HITS_PER_PAGE, type FacetParam, type SearchParams } from "../../search/params";

/** The facets the baseline counts, keyed like the site's (channels as stored, e.g. IN_PERSON). */
export const FTS_FACETS = ["handlungsfeld", "lebensphase", "angebotsart", "planungsraum", "sprache", "kanal"] as const;
type FtsFacet = (typeof FTS_FACETS)[number];

export type FtsHit = {
  id: string;
  name: string;
  organizationName: string;
  description: string;
  street: string | null;
  city: string | null;
  phone: string | null;
  distanceMeters: number | null;
};

export type FtsPage = {
  total: number;
  hits: FtsHit[];
  facets: Record<FtsFacet, Record<string, number>>;
  /** Offers of the result that are free of charge (the site's "kostenlos" count). */
  free: number;
};

type Origin = { lat: number; lon: number };

/** Filters the baseline leaves out: none of the bench's queries sets them. Refused, not ignored, so a comparison never drifts silently. */
function assertSupported(params: SearchParams) {
  const unsupported = [params.tag.length && "tag", params.barrierefrei && "barrierefrei", params.jetzt && "jetzt"].filter(Boolean);
  if (unsupported.length) throw new Error(`postgres-fts baseline: unsupported filter ${unsupported.join(", ")}`);
}

async function originOf(params: SearchParams): Promise<Origin | null> {
  if (params.ort) return geocode(params.ort); // the site's own geocoder: both engines get the same place
  if (params.lat !== undefined && params.lon !== undefined) return { lat: params.lat, lon: params.lon };
  return null;
}

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('german', ${q})`;

/** Great-circle distance in metres from the origin to location `l` (no earthdistance extension needed). */
const distanceTo = ({ lat, lon }: Origin) => Prisma.sql`(12742000 * asin(sqrt(
  power(sin(radians(l.latitude - ${lat}) / 2), 2) +
  cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2))))`;

const publicLocationsOf = Prisma.sql`"ServiceAtLocation" sl join "Location" l on l.id = sl."locationId"
  where sl."serviceId" = s.id and s."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} and l.latitude is not null`;

/** The conditions on offers `s` for a search, optionally without one facet's filter. Exported for the index check in the test. */
/** The full-text part of the baseline's condition (the GIN index of the fallback migration answers it). */
export const ftsTextCondition = (q: string) => Prisma.sql`${GERMAN_DOCUMENT} @@ ${tsQuery(q)}`;

export function ftsConditions(params: SearchParams, origin: Origin | null, except?: FacetParam): Prisma.Sql {
  const conditions = filterConditions(params, except);
  if (params.q) conditions.push(ftsTextCondition(params.q));
  if (params.sprache.length && except !== "sprache") {
    conditions.push(Prisma.sql`s.languages && array[${Prisma.join(params.sprache)}]::text[]`);
  }
  if (params.kanal.length && except !== "kanal") {
    conditions.push(Prisma.sql`s.channels && array[${Prisma.join(params.kanal.map((k) => CHANNELS[k]))}]::"Channel"[]`);
  }
  if (origin && params.umkreis) {
    // Any public place of the offer within the radius (the index holds one point per offer, its first place).
    const metres = params.umkreis * 1000;
    const dLat = metres / 111_320;
    const dLon = dLat / Math.cos((origin.lat * Math.PI) / 180);
    conditions.push(Prisma.sql`exists (select 1 from ${publicLocationsOf}
      and l.latitude between ${origin.lat - dLat} and ${origin.lat + dLat}
      and l.longitude between ${origin.lon - dLon} and ${origin.lon + dLon}
      and ${distanceTo(origin)} <= ${metres})`);
  }
  return Prisma.join(conditions, " and ");
}

/** (facet, value, offer) for the matched offers `m`, one row per offer and value; one join per source table. */
function facetPairs(only?: FtsFacet): Prisma.Sql {
  const taxonomies = (["handlungsfeld", "lebensphase", "angebotsart"] as const).filter((key) => !only || key === only);
  const parts: Prisma.Sql[] = [];
  if (taxonomies.length) {
    parts.push(Prisma.sql`
      select x.key as facet, t.code as value, m.id from matched m join "ServiceTerm" st on st."serviceId" = m.id
      join "TaxonomyTerm" t on t.id = st."termId" join "Taxonomy" x on x.id = t."taxonomyId" where x.key in (${Prisma.join(taxonomies)})`);
  }
  if (!only || only === "planungsraum") {
    parts.push(Prisma.sql`
      select 'planungsraum' as facet, pa.code as value, m.id from matched m join "ServiceAreaPlanningArea" sa on sa."serviceId" = m.id
      join "PlanningArea" pa on pa.id = sa."planningAreaId"
      union
      select 'planungsraum' as facet, pa.code as value, m.id from matched m join "ServiceAtLocation" sl on sl."serviceId" = m.id
      join "Location" l on l.id = sl."locationId" join "PlanningArea" pa on pa.id = l."planningAreaId"
      where m."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR}`);
  }
  if (!only || only === "sprache") parts.push(Prisma.sql`select 'sprache' as facet, unnest(m.languages) as value, m.id from matched m`);
  if (!only || only === "kanal") parts.push(Prisma.sql`select 'kanal' as facet, unnest(m.channels)::text as value, m.id from matched m`);
  return Prisma.join(parts, " union ");
}

type CountRow = { facet: FtsFacet; value: string; n: number };

/** Counts per facet value over the matched offers, of one facet or all. */
const countsOf = (only?: FtsFacet) => Prisma.sql`
  select facet, value, count(*)::int as n from (${facetPairs(only)}) pairs group by facet, value`;

/**
 * The offers a search matches, computed once per statement. Rank and distance only where the page
 * is ordered by them: a facet's count query needs neither (ts_rank re-reads every matched text).
 */
function matchedCte(params: SearchParams, origin: Origin | null, { except, ordered }: { except?: FacetParam; ordered: boolean }) {
  const rank = params.q && ordered ? Prisma.sql`ts_rank(${GERMAN_DOCUMENT}, ${tsQuery(params.q)})` : Prisma.sql`0`;
  const distance = origin && ordered ? Prisma.sql`(select min(${distanceTo(origin)}) from ${publicLocationsOf})` : Prisma.sql`null::float8`;
  return Prisma.sql`matched as materialized (
    select s.id, s.name, s.description, s."organizationId", s."addressVisibility", s.languages, s.channels, s.free,
      ${rank} as rank, ${distance} as distance
    from "Service" s where ${ftsConditions(params, origin, except)})`;
}

/** The order of a result `alias` (a table alias of ours, never input). */
function orderOf(params: SearchParams, origin: Origin | null, alias: "m" | "p") {
  const t = Prisma.raw(alias);
  // Like the site: distance when asked and known (offers without a public place last), relevance with a text, else the name.
  if (params.sort === "entfernung" && origin) return Prisma.sql`${t}.distance asc nulls last, ${t}.name asc, ${t}.id`;
  if (params.sort === "name" || !params.q) return Prisma.sql`${t}.name asc, ${t}.id`;
  return Prisma.sql`${t}.rank desc, ${t}.name asc, ${t}.id`;
}

/** What the search page needs from the baseline: one page of cards, the total and the facet counts. */
export async function ftsSearchPage(params: SearchParams): Promise<FtsPage> {
  assertSupported(params);
  const origin = await originOf(params);
  const main = db.$queryRaw<{ total: number; hits: FtsHit[]; free: number; counts: CountRow[] }[]>`
    with ${matchedCte(params, origin, { ordered: true })},
    page as (
      select m.* from matched m order by ${orderOf(params, origin, "m")} limit ${HITS_PER_PAGE} offset ${(params.page - 1) * HITS_PER_PAGE})
    select
      (select count(*)::int from matched) as total,
      (select count(*)::int from matched where free) as free,
      (select coalesce(json_agg(json_build_object(
          'id', p.id, 'name', p.name, 'organizationName', o.name, 'description', left(p.description, 220),
          'street', loc.street, 'city', loc.city, 'phone', ph.number, 'distanceMeters', p.distance)
        order by ${orderOf(params, origin, "p")}), '[]')
        from page p join "Organization" o on o.id = p."organizationId"
        left join lateral (select l.street, l.city from "ServiceAtLocation" sl join "Location" l on l.id = sl."locationId"
          where sl."serviceId" = p.id and p."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} order by l.id limit 1) loc on true
        left join lateral (select number from "Phone" where "serviceId" = p.id order by id limit 1) ph on true) as hits,
      (select coalesce(json_agg(c), '[]') from (${countsOf()}) c) as counts`;
  // A ticked facet keeps its other values: counted again without its own filter (one query each, as the site's multi-search).
  const selected = FTS_FACETS.filter((f) => params[f].length > 0);
  const disjunctive = selected.map((facet) => db.$queryRaw<CountRow[]>`
    with ${matchedCte(params, origin, { except: facet, ordered: false })} ${countsOf(facet)}`);
  const [[row], ...perFacet] = await Promise.all([main, ...disjunctive]);

  const facets = Object.fromEntries(FTS_FACETS.map((f) => [f, {}])) as FtsPage["facets"];
  const counts = [...row.counts.filter((c) => !selected.includes(c.facet)), ...perFacet.flat()];
  for (const { facet, value, n } of counts) facets[facet][value] = n;
  return { total: row.total, free: row.free, hits: row.hits, facets };
}

/** Every offer the baseline finds for a search (for recall): no order, no page. */
export async function ftsMatchingIds(params: SearchParams): Promise<string[]> {
  assertSupported(params);
  const origin = await originOf(params);
  const rows = await db.$queryRaw<{ id: string }[]>`select s.id from "Service" s where ${ftsConditions(params, origin)}`;
  return rows.map((r) => r.id);
}
