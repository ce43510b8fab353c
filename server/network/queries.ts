import "server-only";
import { assertCan, type Actor } from "../authz";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { oneLineAddress } from "../offers/address";
import { publicOfferView } from "../offers/public-view";
import { networkFilterSchema } from "./schema";

// What network partners (counselling staff of other services) read about published offers: the
// fields for professionals only. The select names every column read, so the planner-only fields
// (staff, places, funding, legal basis, provider type) are never loaded, and addresses are read
// through publicOfferView() like every public output: a hidden address never reaches this DTO.

export type NetworkOffer = {
  id: string;
  name: string;
  organizationName: string;
  /** Public addresses only; empty for hidden or no address. */
  addresses: string[];
  waitingTimeWeeks: number | null;
  acceptingNewClients: boolean | null;
  intakeCriteria: string | null;
  professionalContact: string | null;
};

const NETWORK_LIMIT = 200;

/**
 * Prisma passes a `contains` text into ILIKE as it is, so "%" or "_" would act as wildcards; with
 * PostgreSQL's default escape character (backslash) they match themselves.
 */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const networkSelect = {
  id: true,
  name: true,
  addressVisibility: true,
  locations: { select: { location: { select: { street: true, postalCode: true, city: true } } } },
  organization: { select: { name: true } },
  planning: { select: { waitingTimeWeeks: true, acceptingNewClients: true, intakeCriteria: true, professionalContact: true } },
} satisfies Prisma.ServiceSelect;

/** Published, active offers with the professionals' fields, filtered by name (GET ?name=...). */
export async function listNetworkOffers(actor: Actor | null, query: unknown): Promise<{ offers: NetworkOffer[]; truncated: boolean }> {
  assertCan(actor, "network-fields:read");
  const { name } = networkFilterSchema.parse(query ?? {});
  const where: Prisma.ServiceWhereInput = {
    version: { gt: 0 },
    status: "active",
    ...(name ? { name: { contains: likeLiteral(name), mode: "insensitive" } } : {}),
  };
  const rows = await db.service.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: NETWORK_LIMIT + 1, select: networkSelect });
  const shown = rows.slice(0, NETWORK_LIMIT).map(publicOfferView);
  return {
    truncated: rows.length > NETWORK_LIMIT,
    offers: shown.map((s) => ({
      id: s.id,
      name: s.name,
      organizationName: s.organization.name,
      addresses: s.locations.flatMap(({ location }) => oneLineAddress(location) ?? []),
      waitingTimeWeeks: s.planning?.waitingTimeWeeks ?? null,
      acceptingNewClients: s.planning?.acceptingNewClients ?? null,
      intakeCriteria: s.planning?.intakeCriteria ?? null,
      professionalContact: s.planning?.professionalContact ?? null,
    })),
  };
}
