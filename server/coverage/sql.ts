import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { CoverageParams } from "./params";

// The counting rules as SQL, shared by the matrix, the profile table and the cell lists, so all
// three count the same offers in the same rows. Filters map to fixed fragments; the only values
// from the request (the channel) travel as parameters.

type Filters = Pick<CoverageParams, "kostenlos" | "barrierefrei" | "aufnahme" | "kanal">;

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
export function assignedOffersCte(f: Filters): Prisma.Sql {
  // NOT MATERIALIZED: `offer` is read several times; inlined, each branch gets real row estimates and
  // PostgreSQL aggregates with a hash instead of sorting every (offer, row, column) on disk
  // (measured at 100,000 offers: 740 ms materialized).
  return Prisma.sql`
    offer as not materialized (
      select s.id, s."serviceAreaScope" as scope from "Service" s
      where s.version > 0 and s.status = 'active' ${filterSql(f)}
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
    )`;
}

/** CTE `col`: offer id -> term of the chosen axis (taxonomy key from the zod enum, as a parameter). */
export function axisTermsCte(axis: CoverageParams["achse"]): Prisma.Sql {
  return Prisma.sql`
    col as (
      select st."serviceId" as id, t.code as term_code
      from "ServiceTerm" st join "TaxonomyTerm" t on t.id = st."termId" join "Taxonomy" x on x.id = t."taxonomyId"
      where x.key = ${axis}
    )`;
}
