import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { offerDataSchema, type OfferData } from "../offers/schema";
import type { SnapshotContent, SnapshotOffer, Unreconstructable } from "./content";
import { matrixFromOffers, sortOffers } from "./matrix";

// A past Stichtag from the offers' version history: each offer as its last publication on or
// before that day (ServiceVersion, the whole published document). An offer first published later
// did not exist yet; one whose version then was not active (ended, closed) does not count, as in
// the matrix. Organisations, Planungsräume and taxonomy terms keep no history, so they are read as
// they are today, and measures keep no history of their status, so the plan is left out: the
// snapshot says so ("missing") and its page shows it.

/**
 * The rows an offer counts in, by the matrix's rule (server/coverage/sql.ts assignedOffersCte) applied
 * to a stored document: city-wide and regional offers in their own row; otherwise the Planungsräume
 * it names, else those of its places, else "ohne". Only codes of existing Planungsräume count.
 */
export function rowsOf(o: Pick<OfferData, "serviceAreaScope" | "serviceAreaCodes" | "locations">, areaCodes: ReadonlySet<string>): string[] {
  if (o.serviceAreaScope === "CITY") return ["stadtweit"];
  if (o.serviceAreaScope === "REGION") return ["regional"];
  const named = [...new Set(o.serviceAreaCodes.filter((c) => areaCodes.has(c)))].sort();
  if (named.length) return named;
  const placed = [...new Set(o.locations.flatMap((l) => (l.planningAreaCode && areaCodes.has(l.planningAreaCode) ? [l.planningAreaCode] : [])))].sort();
  return placed.length ? placed : ["ohne"];
}

function toSnapshotOffer(o: OfferData, organization: string, areaCodes: ReadonlySet<string>): SnapshotOffer {
  return {
    id: o.id,
    name: o.name,
    organization,
    rows: rowsOf(o, areaCodes),
    handlungsfelder: [...o.handlungsfelder].sort(),
    lebensphasen: [...o.lebensphasen].sort(),
    angebotsarten: [...o.angebotsarten].sort(),
    places: o.planning?.places ?? null,
    fte: o.planning?.staffFte ?? null,
    waitingWeeks: o.planning?.waitingTimeWeeks ?? null,
    acceptingNewClients: o.planning?.acceptingNewClients ?? null,
  };
}

/** The content of a snapshot of `stichtag` (YYYY-MM-DD, a day in Eisenach) rebuilt from history. */
export async function rebuiltContent(stichtag: string): Promise<SnapshotContent> {
  // Versions published before the next midnight in Eisenach (createdAt is stored as UTC).
  const versions = await db.$queryRaw<{ data: unknown }[]>(Prisma.sql`
    select distinct on (v."serviceId") v.data from "ServiceVersion" v
    where v."createdAt" < (((${stichtag}::date + 1)::timestamp at time zone 'Europe/Berlin') at time zone 'UTC')
    order by v."serviceId", v.version desc`);
  const missing: Unreconstructable[] = ["plan", "referenceData"];
  const documents: OfferData[] = [];
  for (const v of versions) {
    const parsed = offerDataSchema.safeParse(v.data);
    if (parsed.success) documents.push(parsed.data);
    else if (!missing.includes("invalidVersions")) missing.push("invalidVersions");
  }
  const active = documents.filter((d) => d.status === "active");
  const [organizations, areas] = await Promise.all([
    db.organization.findMany({ where: { id: { in: [...new Set(active.map((d) => d.organizationId))] } }, select: { id: true, name: true } }),
    db.planningArea.findMany({ select: { code: true } }),
  ]);
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const areaCodes = new Set(areas.map((a) => a.code));
  const offers = sortOffers(active.map((d) => toSnapshotOffer(d, orgName.get(d.organizationId) ?? "", areaCodes)));
  return { offers, matrix: await matrixFromOffers(offers), plan: null, missing };
}
