import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { LOCATIONS_PUBLIC_FOR } from "../offers/public-view";
import { label } from "../offers/queries";
import { reachabilityParamsSchema, type ReachabilityParams } from "./params";

// How far is the nearest offer of each Angebotsart from each Planungsraum, and does an offer in
// another area close by cover an area that has none of its own? Computed in PostgreSQL in one
// set-based query (each area against each public spot, the nearest kept per type); only the
// area x type rows come back to Node.
//
// - From where: PlanningArea.centerLat/centerLon. We only hold population per area (no blocks or
//   addresses), so a population-weighted centre cannot be computed; the stored centre is the
//   polygon's centroid (recomputed on every GeoJSON upload) or the seed's hand-placed centre.
// - To where: places (with coordinates) of published, active offers whose address is public, by
//   the one rule of server/offers/public-view.ts. A hidden address (women's shelter) is never used
//   for a distance: a distance from a known centre would narrow down where the shelter is. Such an
//   offer only sets "im Raum vorhanden, Lage nicht öffentlich" for the area it is stored in, which
//   the coverage matrix shows to planners anyway. Phone, online and outreach offers have no place
//   and do not enter distances (the matrix counts them where they serve).
// - Straight-line (great-circle, haversine) distance; the walk is estimated as straight x
//   DETOUR_FACTOR, no routing service is asked.

/**
 * Ratio of walking route to straight line. Studies put the network/straight-line ratio between
 * random urban points at about 1.2 (Newell 1980; O'Sullivan 1996: 1.21-1.23 around transit
 * stations), and pedestrian route directness higher still where blocks are large (Dill 2003, who
 * calls up to 1.5 well connected); summary: Wikibooks, "Transportation Geography and Network
 * Science/Circuity". 1.3 sits in between for Eisenach, whose walks bend around the Hörsel, the
 * railway and the slopes below the Wartburg. A planning estimate, not a route.
 */
export const DETOUR_FACTOR = 1.3;
/** Mean earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
/** Great-circle distance (haversine) from area `a`'s centre to spot `p`, in km. */
const KM = Prisma.sql`2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(
  power(sin(radians(p.lat - a."centerLat") / 2), 2)
  + cos(radians(a."centerLat")) * cos(radians(p.lat)) * power(sin(radians(p.lon - a."centerLon") / 2), 2)))`;

export type ReachStatus = "local" | "hidden" | "neighbour" | "gap";
export type ReachRow = {
  areaCode: string;
  areaName: string;
  typeCode: string;
  typeName: string;
  /** Straight line from the area's centre to the nearest public place of this type; null: none anywhere. */
  straightKm: number | null;
  walkKm: number | null;
  nearestName: string | null;
  /** The nearest place's Planungsraum; null when it lies in none. */
  nearestAreaCode: string | null;
  nearestAreaName: string | null;
  /** A public place of this type lies in the area. */
  localPublic: boolean;
  /** An offer of this type with a hidden address is stored in the area. */
  hiddenHere: boolean;
  status: ReachStatus;
};
export type Reachability = { params: ReachabilityParams; detourFactor: number; rows: ReachRow[] };

type Row = {
  area_code: string;
  type_code: string;
  km: number | null;
  nearest_name: string | null;
  nearest_area: string | null;
  local_public: boolean;
  hidden_here: boolean;
};

export async function getReachability(actor: Actor | null, rawParams: unknown, locale = "de"): Promise<Reachability> {
  assertCan(actor, "planning:read");
  const params = reachabilityParamsSchema.parse(rawParams ?? {});
  const [rows, areas, types] = await Promise.all([
    db.$queryRaw<Row[]>(Prisma.sql`
      with place as (
        -- A protected place keeps only its area: its coordinates are not even read.
        select st."termId" as term_id, s."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} as public,
               case when s."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} then l.latitude end as lat,
               case when s."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} then l.longitude end as lon,
               l."planningAreaId" as area_id, s.name
        from "Service" s join "ServiceTerm" st on st."serviceId" = s.id
          join "ServiceAtLocation" sl on sl."serviceId" = s.id join "Location" l on l.id = sl."locationId"
        where s.version > 0 and s.status = 'active'
      ),
      -- Each public spot once per type (offers sharing a house share it), and per area and type
      -- whether a public or a protected place lies there: small sets the per-area search runs over.
      spot as (
        select term_id, lat, lon, area_id, min(name) as name from place
        where public and lat is not null and lon is not null group by term_id, lat, lon, area_id
      ),
      presence as (
        select term_id, area_id, bool_or(public) as local_public, bool_or(not public) as hidden_here
        from place where area_id is not null group by term_id, area_id
      ),
      type as (
        select t.id, t.code from "TaxonomyTerm" t join "Taxonomy" x on x.id = t."taxonomyId" where x.key = 'angebotsart'
      ),
      -- Nearest spot per area and type: every area against every spot of the type (areas are few).
      -- First only the shortest distance (a narrow hash aggregate), then the spot(s) at exactly that
      -- distance (the same expression, so the same float): no sort of every area x spot pair.
      best as (
        select a.id as area_id, p.term_id, min(${KM}) as km
        from "PlanningArea" a cross join spot p group by a.id, p.term_id
      ),
      nearest as (
        select distinct on (b.area_id, b.term_id) b.area_id, b.term_id, b.km, p.name, p.area_id as spot_area
        from best b join "PlanningArea" a on a.id = b.area_id join spot p on p.term_id = b.term_id
        where ${KM} = b.km
        order by b.area_id, b.term_id, p.name
      )
      select a.code as area_code, ty.code as type_code, n.km, n.name as nearest_name, na.code as nearest_area,
             coalesce(pr.local_public, false) as local_public, coalesce(pr.hidden_here, false) as hidden_here
      from "PlanningArea" a cross join type ty
      left join presence pr on pr.term_id = ty.id and pr.area_id = a.id
      left join nearest n on n.area_id = a.id and n.term_id = ty.id
      left join "PlanningArea" na on na.id = n.spot_area`),
    db.planningArea.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.taxonomyTerm.findMany({
      where: { taxonomy: { key: "angebotsart" } },
      select: { code: true, name: true, labels: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  const byKey = new Map(rows.map((r) => [`${r.area_code}\u0000${r.type_code}`, r]));
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const result = areas.flatMap((area) =>
    types.map((type): ReachRow => {
      const r = byKey.get(`${area.code}\u0000${type.code}`)!;
      const walkKm = r.km === null ? null : r.km * DETOUR_FACTOR;
      const elsewhere = r.km !== null && r.nearest_area !== area.code;
      const status: ReachStatus = r.local_public
        ? "local"
        : r.hidden_here
          ? "hidden"
          : elsewhere && walkKm! <= params.abstand
            ? "neighbour"
            : "gap";
      return {
        areaCode: area.code,
        areaName: area.name,
        typeCode: type.code,
        typeName: label(type, locale),
        straightKm: r.km,
        walkKm,
        nearestName: r.nearest_name,
        nearestAreaCode: r.nearest_area,
        nearestAreaName: r.nearest_area ? (areaName.get(r.nearest_area) ?? null) : null,
        localPublic: r.local_public,
        hiddenHere: r.hidden_here,
        status,
      };
    }),
  );
  return { params, detourFactor: DETOUR_FACTOR, rows: result };
}
