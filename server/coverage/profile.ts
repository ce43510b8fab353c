import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { CoverageRowKind } from "./matrix";
import { assignedOffersCte } from "./sql";

// The profile per Planungsraum on /planung: residents, offers and what the offers state about
// capacity and access. Counted by the coverage rules (server/coverage/sql.ts), so the numbers
// match the matrix; the city total counts every offer once. "known" counts say how many offers
// state a value, so the page can show missing data as missing, never as zero.

export type AreaProfile = {
  key: string;
  name: string;
  kind: CoverageRowKind | "total";
  residents: number | null;
  offers: number;
  places: number | null;
  placesKnown: number;
  fte: number | null;
  fteKnown: number;
  waitingMedianWeeks: number | null;
  waitingKnown: number;
  accepting: number;
  acceptingKnown: number;
};

type Aggregate = Omit<AreaProfile, "name" | "kind" | "residents">;

// Over rows `p` of "ServicePlanning" (null where an offer has none).
const AGGREGATES = Prisma.sql`count(*)::int as offers,
  sum(p.places)::int as places, count(p.places)::int as "placesKnown",
  sum(p."staffFte")::float8 as fte, count(p."staffFte")::int as "fteKnown",
  percentile_cont(0.5) within group (order by p."waitingTimeWeeks")::float8 as "waitingMedianWeeks", count(p."waitingTimeWeeks")::int as "waitingKnown",
  (count(*) filter (where p."acceptingNewClients"))::int as accepting, count(p."acceptingNewClients")::int as "acceptingKnown"`;

const TOTAL = "*";

export async function getAreaProfiles(actor: Actor | null): Promise<{ year: number | null; rows: AreaProfile[] }> {
  assertCan(actor, "planning:read");
  const [aggregates, residents, areas] = await Promise.all([
    db.$queryRaw<Aggregate[]>(Prisma.sql`
      with ${assignedOffersCte({ kostenlos: false, barrierefrei: false, aufnahme: false })}
      select a.row_key as key, ${AGGREGATES} from assigned a left join "ServicePlanning" p on p."serviceId" = a.id group by a.row_key
      union all
      select ${TOTAL}::text, ${AGGREGATES} from offer o left join "ServicePlanning" p on p."serviceId" = o.id`),
    db.$queryRaw<{ code: string; residents: number; year: number }[]>`
      select pa.code, sum(pf.count)::int as residents, pf.year
      from "PopulationFigure" pf join "PlanningArea" pa on pa.id = pf."planningAreaId"
      where pf.year = (select max(year) from "PopulationFigure")
      group by pa.code, pf.year`,
    db.planningArea.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const byKey = new Map(aggregates.map((a) => [a.key, a]));
  const residentsOf = new Map(residents.map((r) => [r.code, r.residents]));
  const empty = (key: string): Aggregate => ({ key, offers: 0, places: null, placesKnown: 0, fte: null, fteKnown: 0, waitingMedianWeeks: null, waitingKnown: 0, accepting: 0, acceptingKnown: 0 });
  const row = (key: string, name: string, kind: AreaProfile["kind"], people: number | null): AreaProfile => ({
    ...(byKey.get(key) ?? empty(key)),
    key,
    name,
    kind,
    residents: people,
  });
  const cityResidents = residents.length ? residents.reduce((sum, r) => sum + r.residents, 0) : null;
  const rows = [
    ...areas.map((a) => row(a.code, a.name, "area", residentsOf.get(a.code) ?? null)),
    row("stadtweit", "stadtweit", "stadtweit", null),
    row("regional", "regional", "regional", null),
    ...(byKey.has("ohne") ? [row("ohne", "ohne", "ohne", null)] : []),
    row(TOTAL, TOTAL, "total", cityResidents),
  ];
  return { year: residents[0]?.year ?? null, rows };
}
