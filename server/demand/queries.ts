import "server-only";
import { Prisma } from "../generated/prisma/client";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { env } from "../env";
import type { DemandFilter } from "./schema";

// The planners' demand signal: what residents searched for and found nothing or little (1-2
// results), from the thin-search log (server/search-log.ts). Aggregated in PostgreSQL; every
// value reaches SQL as a parameter of a Prisma.sql template.

export type TermRow = { term: string; searches: number; noResults: number; lastSeen: Date };
export type FilterRow = { facet: string; value: string; label: string | null; searches: number; noResults: number };
export type MonthRow = { month: string; noResults: number; fewResults: number };
export type DemandSignal = { terms: TermRow[]; filters: FilterRow[]; months: MonthRow[]; retentionDays: number };

/** Rows a table shows at most: the long tail of single searches says little. */
const LIMIT = 200;

/** The city's months: createdAt is stored in UTC. */
const LOCAL_TIME = Prisma.sql`(s."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin')`;

function where(filter: DemandFilter) {
  // "3 months" = this month and the two before it, so every month shown is complete but the current one.
  const since = Prisma.sql`${LOCAL_TIME} >= date_trunc('month', now() AT TIME ZONE 'Europe/Berlin') - make_interval(months => ${Number(filter.monate) - 1}::int)`;
  const results =
    filter.ergebnisse === "0" ? Prisma.sql`AND s."resultCount" = 0`
    : filter.ergebnisse === "wenige" ? Prisma.sql`AND s."resultCount" BETWEEN 1 AND 2`
    : Prisma.empty;
  return Prisma.sql`WHERE ${since} ${results}`;
}

export async function getSearchTerms(actor: Actor | null, filter: DemandFilter): Promise<TermRow[]> {
  assertCan(actor, "planning:read");
  // Normalised: lower case, trimmed, inner runs of white space as one blank.
  return db.$queryRaw<TermRow[]>`
    SELECT regexp_replace(lower(btrim(s.query)), '\\s+', ' ', 'g') AS term,
           count(*)::int AS searches,
           (count(*) FILTER (WHERE s."resultCount" = 0))::int AS "noResults",
           max(s."createdAt") AS "lastSeen"
    FROM "NoResultSearch" s
    ${where(filter)} AND btrim(s.query) <> ''
    GROUP BY 1 ORDER BY searches DESC, term LIMIT ${LIMIT}`;
}

export async function getSearchFilters(actor: Actor | null, filter: DemandFilter): Promise<FilterRow[]> {
  assertCan(actor, "planning:read");
  // Each facet:value of the filters JSON: list facets give one row per value, flags and the radius
  // their value. The sort order is no filter. Taxonomy facets get their term's name.
  return db.$queryRaw<FilterRow[]>`
    SELECT f.key AS facet, v.value AS value, min(t.name) AS label,
           count(*)::int AS searches,
           (count(*) FILTER (WHERE s."resultCount" = 0))::int AS "noResults"
    FROM "NoResultSearch" s
    CROSS JOIN LATERAL jsonb_each(s.filters) AS f(key, val)
    CROSS JOIN LATERAL (
      SELECT jsonb_array_elements_text(f.val) WHERE jsonb_typeof(f.val) = 'array'
      UNION ALL SELECT f.val #>> '{}' WHERE jsonb_typeof(f.val) IN ('string', 'number', 'boolean')
    ) AS v(value)
    LEFT JOIN "Taxonomy" x ON x.key = f.key
    LEFT JOIN "TaxonomyTerm" t ON t."taxonomyId" = x.id AND t.code = v.value
    ${where(filter)} AND f.key <> 'sort'
    GROUP BY 1, 2 ORDER BY searches DESC, facet, value LIMIT ${LIMIT}`;
}

export async function getSearchMonths(actor: Actor | null, filter: DemandFilter): Promise<MonthRow[]> {
  assertCan(actor, "planning:read");
  return db.$queryRaw<MonthRow[]>`
    SELECT to_char(date_trunc('month', ${LOCAL_TIME}), 'YYYY-MM') AS month,
           (count(*) FILTER (WHERE s."resultCount" = 0))::int AS "noResults",
           (count(*) FILTER (WHERE s."resultCount" BETWEEN 1 AND 2))::int AS "fewResults"
    FROM "NoResultSearch" s
    ${where(filter)}
    GROUP BY 1 ORDER BY 1 DESC`;
}

export async function getDemandSignal(actor: Actor | null, filter: DemandFilter): Promise<DemandSignal> {
  const [terms, filters, months] = await Promise.all([getSearchTerms(actor, filter), getSearchFilters(actor, filter), getSearchMonths(actor, filter)]);
  return { terms, filters, months, retentionDays: env.NO_RESULT_RETENTION_DAYS };
}

/** The share of a term's or filter's searches that found nothing, 0..1. */
export const shareWithoutResults = (row: { searches: number; noResults: number }) => (row.searches ? row.noResults / row.searches : 0);
