import "server-only";
import { advisoryXactLock, type Tx } from "../db";
import { PUBLICATION_LOCK } from "../../search/locks";
import { OUTBOX_CHANNEL } from "./publish";

/**
 * Queues every published offer of an organisation for the search index, in the caller's
 * transaction: search documents carry the organisation's name, so changing the organisation
 * changes them. The outbox worker reads each offer's current state, so a row with the offer's
 * current version is all it needs (no new offer version, nothing in the offer's history).
 * Returns how many offers were queued.
 */
export async function queueOrganizationOffers(tx: Tx, organizationId: string): Promise<number> {
  // Like a publication: a reindex must not take its snapshot between this outbox row's id and the
  // commit, or the change would be in neither the snapshot nor its replay (search/reindex.ts).
  await advisoryXactLock(tx, PUBLICATION_LOCK, "shared");
  const queued = await tx.$executeRaw`
    insert into "OutboxEvent" ("serviceId", version)
    select id, version from "Service" where "organizationId" = ${organizationId}::uuid and version > 0`;
  if (queued > 0) await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
  return queued;
}
