import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { ScenarioDelta } from "../scenarios/delta";
import type { CoverageParams } from "./params";

// The counting rules as SQL, shared by the matrix, the profile table and the cell lists, so all
// three count the same offers in the same rows. Filters map to fixed fragments; the only values
// from the request (the channel) travel as parameters.

type Filters = Pick<CoverageParams, "kostenlos" | "barrierefrei" | "aufnahme" | "kanal">;

/** A what-if scenario as the SQL sees it: the delta and the axis whose terms the added offers carry. */
export type ScenarioSql = { delta: ScenarioDelta; axis: CoverageParams["achse"] };

const anyFilter = (f: Filters) => f.kostenlos || f.barrierefrei || f.aufnahme || !!f.kanal;

function filterSql(f: Filters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.kostenlos) parts.push(Prisma.sql`s.free = true`);
  if (f.aufnahme) parts.push(Prisma.sql`exists (select 1 from "ServicePlanning" ap where ap."serviceId" = s.id and ap."acceptingNewClients" = true)`);
  if (f.kanal) parts.push(Prisma.sql`${f.kanal}::"Channel" = any(s.channels)`);
  // Step-free means at least one of the offer's places is known to be step-free.
  if (f.barrierefrei)
    parts.push(Prisma.sql`exists (select 1 from "ServiceAtLocation" bl join "Location" l on l.id = bl."locationId"
      where bl."serviceId" = s.id and l."stepFree" = true)`);
  return parts.length ? Prisma.sql`and ${Prisma.join(parts, " and ")}` : Prisma.empty;
}

/**
 * CTEs `offer` (published active offers passing the filters: id, scope) and `assigned` (id,
 * row_key: a Planungsraum's code, or "stadtweit", "regional", "ohne"; one line per offer and row).
 * Both stay narrow; callers join "ServicePlanning" once at the end for the capacity figures.
 * - An offer counts where it serves: its named Planungsräume (scope PLANNING_AREAS or OUTREACH),
 *   else the Planungsraum of its places. A hidden address still has its place's Planungsraum, so
 *   such offers count there (only the area is read, never the address).
 * - CITY and REGION offers get a row of their own instead of one in every area, so an area with
 *   nothing local still shows as a gap.
 * - A local offer without any Planungsraum lands in "ohne" rather than disappearing.
 */
export function assignedOffersCte(f: Filters, scenario?: ScenarioSql): Prisma.Sql {
  // NOT MATERIALIZED: `offer` is read several times; inlined, each branch gets real row estimates and
  // PostgreSQL aggregates with a hash instead of sorting every (offer, row, column) on disk
  // (measured at 100,000 offers: 740 ms materialized).
  // Without a scenario the fragments below are empty: today's query stays exactly as it was.
  return Prisma.sql`
    ${scenario ? hypotheticalCte(scenario) : Prisma.empty}
    offer as not materialized (
      select s.id, s."serviceAreaScope" as scope from "Service" s
      where s.version > 0 and s.status = 'active' ${filterSql(f)} ${scenario ? Prisma.sql`and s.id <> all(${scenario.delta.removedIds}::uuid[])` : Prisma.empty}
    ),
    assigned as (
      select o.id, pa.code as row_key
      from offer o join "ServiceAreaPlanningArea" sa on sa."serviceId" = o.id join "PlanningArea" pa on pa.id = sa."planningAreaId"
      where o.scope in ('PLANNING_AREAS', 'OUTREACH')
      union all
      -- Without named areas: the areas of its places, each once however many places lie there;
      -- an offer with no place in any area lands in "ohne" (the left join finds nothing).
      select o.id, coalesce(pl.code, 'ohne')
      from offer o left join (select distinct sl."serviceId" as id, pa.code
            from "ServiceAtLocation" sl join "Location" l on l.id = sl."locationId" join "PlanningArea" pa on pa.id = l."planningAreaId") pl
          on pl.id = o.id
      where o.scope in ('PLANNING_AREAS', 'OUTREACH') and not exists (select 1 from "ServiceAreaPlanningArea" x where x."serviceId" = o.id)
      union all
      select o.id, case o.scope when 'CITY' then 'stadtweit' else 'regional' end from offer o where o.scope in ('CITY', 'REGION')
      ${scenario && !anyFilter(f) ? Prisma.sql`union all select h.id, h.area from hypo h` : Prisma.empty}
    )`;
}

/**
 * CTE `hypo` (id, key, name, area, terms, places, fte): the scenario's hypothetical offers, sent as
 * one jsonb parameter and read with jsonb_to_recordset, so no SQL text is built from them. Only the
 * chosen axis's terms travel. The id is a uuid made from the key, so they join like real offers.
 * A hypothetical offer states nothing about costs, access, intake or channel: it counts only
 * while no such filter is set (see assignedOffersCte).
 */
function hypotheticalCte({ delta, axis }: ScenarioSql): Prisma.Sql {
  const rows = delta.added.map((a) => ({ key: a.key, name: a.name ?? null, area: a.areaCode, terms: a.terms[axis], places: a.places, fte: a.fte }));
  return Prisma.sql`
    hypo as (
      select md5(h.key)::uuid as id, h.key, h.name, h.area, h.terms, h.places, h.fte
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as h(key text, name text, area text, terms text[], places int, fte float8)
    ),`;
}

/** Where the capacity figures come from: "ServicePlanning", plus the hypothetical offers' own in a scenario. */
export function capacitySql(scenario?: ScenarioSql): Prisma.Sql {
  return scenario
    ? Prisma.sql`(select "serviceId", places, "staffFte"::float8 as "staffFte", "waitingTimeWeeks" from "ServicePlanning"
        union all select id, places, fte, null::int from hypo)`
    : Prisma.sql`"ServicePlanning"`;
}

/** CTE `col`: offer id -> term of the chosen axis (taxonomy key from the zod enum, as a parameter). */
export function axisTermsCte(axis: CoverageParams["achse"], scenario?: ScenarioSql): Prisma.Sql {
  return Prisma.sql`
    col as (
      select st."serviceId" as id, t.code as term_code
      from "ServiceTerm" st join "TaxonomyTerm" t on t.id = st."termId" join "Taxonomy" x on x.id = t."taxonomyId"
      where x.key = ${axis}
      ${scenario ? Prisma.sql`union all select h.id, unnest(h.terms) from hypo h` : Prisma.empty}
    )`;
}
