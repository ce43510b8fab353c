import "server-only";
import distance from "@turf/distance";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { LOCATIONS_PUBLIC_FOR } from "../../offers/public-view";
import { HsdsParamError } from "./errors";
import { PUBLIC_SERVICE_WHERE } from "./public-services";

// `postcode` and `proximity` of /service_at_locations. There is no offline geocoder for German
// postcodes (stack-notes), so a postcode's centre is the mean position of the catalogue's own
// public places with that postcode: a postcode none of them has cannot be placed.

/** A place is public when a public service shows it (a hidden address is never one). */
export const PUBLIC_PLACE_OF: Prisma.ServiceAtLocationWhereInput = {
  service: { ...PUBLIC_SERVICE_WHERE, addressVisibility: LOCATIONS_PUBLIC_FOR },
};

const METERS_PER_DEGREE_LAT = 111_320;

async function postcodeCentre(postcode: string) {
  const { _avg } = await db.location.aggregate({
    where: { postalCode: postcode, latitude: { not: null }, longitude: { not: null }, services: { some: PUBLIC_PLACE_OF } },
    _avg: { latitude: true, longitude: true },
  });
  if (_avg.latitude === null || _avg.longitude === null) {
    throw new HsdsParamError("postcode", "no public place of the catalogue has this postcode, so proximity cannot be measured from it");
  }
  return { lat: _avg.latitude, lon: _avg.longitude };
}

/** The ids of the public places within `meters` of the postcode's centre. */
async function placesNear(postcode: string, meters: number): Promise<string[]> {
  const centre = await postcodeCentre(postcode);
  // A box around the circle narrows the rows; the exact distance decides.
  const dLat = meters / METERS_PER_DEGREE_LAT;
  const dLon = meters / (METERS_PER_DEGREE_LAT * Math.max(Math.cos((centre.lat * Math.PI) / 180), 0.01));
  const candidates = await db.location.findMany({
    where: {
      latitude: { gte: centre.lat - dLat, lte: centre.lat + dLat },
      longitude: { gte: centre.lon - dLon, lte: centre.lon + dLon },
      services: { some: PUBLIC_PLACE_OF },
    },
    select: { id: true, latitude: true, longitude: true },
  });
  return candidates
    .filter((l) => distance([centre.lon, centre.lat], [l.longitude!, l.latitude!], { units: "meters" }) <= meters)
    .map((l) => l.id);
}

/** The places a service_at_location may be at under `postcode` (and `proximity`); undefined: any. */
export async function locationWhere(query: { postcode?: string; proximity?: number }): Promise<Prisma.LocationWhereInput | undefined> {
  if (query.proximity !== undefined && !query.postcode) {
    throw new HsdsParamError("proximity", "needs a postcode to measure from");
  }
  if (!query.postcode) return undefined;
  if (query.proximity === undefined) return { postalCode: query.postcode };
  return { id: { in: await placesNear(query.postcode, query.proximity) } };
}
