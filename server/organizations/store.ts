import "server-only";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { queueOrganizationOffers } from "../offers/reindex-offers";

/**
 * Creates the organisation, or updates it where a value differs (seed, HSDS import). An unchanged
 * organisation is not written at all, so an open draft based on it stays approvable; a changed one
 * queues its offers for the index, whose documents carry its name.
 */
export async function upsertOrganization(tx: Tx, org: Prisma.OrganizationUncheckedCreateInput & { id: string }) {
  const current = await tx.organization.findUnique({ where: { id: org.id } });
  if (!current) {
    await tx.organization.create({ data: org });
    return;
  }
  // undefined leaves a column as it is (as in Prisma's update).
  const differs = Object.entries(org).some(([key, value]) => value !== undefined && current[key as keyof typeof current] !== value);
  if (!differs) return;
  await tx.organization.update({ where: { id: org.id }, data: org });
  await queueOrganizationOffers(tx, org.id);
}
