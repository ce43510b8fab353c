import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

// The ranking's inputs besides the coverage matrix (which also brings the waiting times), each one
// set-based query in PostgreSQL. Every value from the request (axis, window) travels as a parameter.

/** Thin searches per (Planungsraum, term): null where the search named no area, or no term of the axis. */
export type DemandRow = { area_code: string | null; term_code: string | null; searches: number };

/**
 * Searches with 0-2 results of the last `days` days (server/search-log.ts keeps the resident's
 * filters as `{ planungsraum: [...], handlungsfeld: [...], ... }`), by the Planungsräume and the
 * axis' terms they name. A search naming two areas counts once in each; codes the database does
 * not know are ignored. Searches naming neither an area nor a term of the axis are left out.
 */
export function demandCounts(axis: string, days: number): Promise<DemandRow[]> {
  return db.$queryRaw<DemandRow[]>(Prisma.sql`
    with recent as (
      select s.id, s.filters from "NoResultSearch" s where s."createdAt" >= now() - make_interval(days => ${days}::int)
    ),
    areas as (
      select distinct r.id, pa.code from recent r
      cross join lateral jsonb_array_elements_text(case when jsonb_typeof(r.filters -> 'planungsraum') = 'array' then r.filters -> 'planungsraum' else '[]'::jsonb end) v(code)
      join "PlanningArea" pa on pa.code = v.code
    ),
    terms as (
      select distinct r.id, t.code from recent r
      cross join lateral jsonb_array_elements_text(case when jsonb_typeof(r.filters -> ${axis}::text) = 'array' then r.filters -> ${axis}::text else '[]'::jsonb end) v(code)
      join "TaxonomyTerm" t on t.code = v.code join "Taxonomy" x on x.id = t."taxonomyId" and x.key = ${axis}::text
    )
    select a.code as area_code, t.code as term_code, count(*)::int as searches
    from recent r left join areas a on a.id = r.id left join terms t on t.id = r.id
    where a.code is not null or t.code is not null
    group by a.code, t.code`);
}

export type IndicatorInfo = { key: string; name: string; unit: string | null; year: number | null; values: Map<string, number> };

/** Every indicator with its values per Planungsraum code in the indicator's latest year. */
export async function latestIndicators(): Promise<IndicatorInfo[]> {
  const [indicators, values] = await Promise.all([
    db.indicator.findMany({ select: { key: true, name: true, unit: true }, orderBy: { name: "asc" } }),
    db.$queryRaw<{ key: string; code: string; value: number; year: number }[]>`
      select i.key, pa.code, v.value::float8 as value, v.year
      from "IndicatorValue" v join "Indicator" i on i.id = v."indicatorId" join "PlanningArea" pa on pa.id = v."planningAreaId"
      where v.year = (select max(w.year) from "IndicatorValue" w where w."indicatorId" = v."indicatorId")`,
  ]);
  return indicators.map((i) => {
    const own = values.filter((v) => v.key === i.key);
    return { ...i, year: own[0]?.year ?? null, values: new Map(own.map((v) => [v.code, v.value])) };
  });
}
