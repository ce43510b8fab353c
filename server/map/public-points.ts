import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { assignedOffersCte } from "../coverage/sql";
import type { CoverageParams } from "../coverage/params";
import { LOCATIONS_PUBLIC_FOR } from "../offers/public-view";

// The places the map may draw: published active offers passing the matrix's filters (the same
// `offer` CTE the matrix counts with), and only places whose address is public, by the one rule of
// server/offers/public-view.ts. A hidden address (women's shelter) is never selected, so its
// coordinates cannot reach the page, whatever the page does with the result.

export type MapPoint = { lat: number; lon: number; areaCode: string | null; names: string[] };

/** More points than this would make an unreadable map and a heavy page; the page says so. */
export const POINT_LIMIT = 2000;

type Row = { name: string; latitude: number; longitude: number; area_code: string | null };

/** `removedIds`: offers a what-if scenario takes out, so their places are not drawn on its map. */
export async function listPublicPoints(params: CoverageParams, column: string | null, removedIds: string[] = []): Promise<{ points: MapPoint[]; truncated: boolean }> {
  // The column's term resolved once, then an index lookup per offer (ServiceTerm's key starts with
  // the offer), instead of joining the axis's terms for every offer.
  const inColumn = column
    ? Prisma.sql`and exists (select 1 from "ServiceTerm" st where st."serviceId" = s.id and st."termId" = (
        select t.id from "TaxonomyTerm" t join "Taxonomy" x on x.id = t."taxonomyId" where x.key = ${params.achse} and t.code = ${column}))`
    : Prisma.empty;
  const notRemoved = removedIds.length ? Prisma.sql`and s.id <> all(${removedIds}::uuid[])` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    with ${assignedOffersCte(params)}
    select s.name, l.latitude, l.longitude, pa.code as area_code
    from offer o join "Service" s on s.id = o.id
      join "ServiceAtLocation" sl on sl."serviceId" = s.id join "Location" l on l.id = sl."locationId"
      left join "PlanningArea" pa on pa.id = l."planningAreaId"
    where s."addressVisibility"::text = ${LOCATIONS_PUBLIC_FOR} and l.latitude is not null and l.longitude is not null ${inColumn} ${notRemoved}
    order by l.latitude, l.longitude, s.name
    limit ${POINT_LIMIT + 1}`);
  const truncated = rows.length > POINT_LIMIT;
  // One dot per place: offers sharing a house share the dot (and its tooltip lists them).
  const byPlace = new Map<string, MapPoint>();
  for (const r of rows.slice(0, POINT_LIMIT)) {
    const key = `${r.latitude},${r.longitude}`;
    const point = byPlace.get(key) ?? { lat: r.latitude, lon: r.longitude, areaCode: r.area_code, names: [] };
    if (!point.names.includes(r.name)) point.names.push(r.name);
    byPlace.set(key, point);
  }
  return { points: [...byPlace.values()], truncated };
}
