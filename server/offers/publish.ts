import "server-only";
import type { PublicationSource } from "../generated/prisma/client";
import { advisoryXactLock, type Tx } from "../db";
import { offerDataSchema, type OfferDataInput } from "./schema";
import { ownRowIds } from "./row-ids";
import { writeOfferData } from "./store";
import { versionSnapshot } from "./offer-rows";
import { PUBLICATION_LOCK } from "../../search/locks";

/** Channel the outbox worker LISTENs on; NOTIFY is delivered when the transaction commits. */
export const OUTBOX_CHANNEL = "offer_outbox";

/**
 * Publishes an offer: writes it as the public version, gives it the next per-offer version number,
 * keeps the snapshot in the history and queues an outbox row for the search index, all in the
 * caller's transaction (so either everything happens or nothing).
 */
export async function publishOffer(
  tx: Tx,
  input: OfferDataInput,
  meta: { source: PublicationSource; actorId?: string | null; revisionId?: string | null },
) {
  const parsed = offerDataSchema.parse(input);
  // Shared: publications run side by side, but a reindex can wait for all in flight (search/reindex.ts).
  await advisoryXactLock(tx, PUBLICATION_LOCK, "shared");
  // Lock the row (if it exists) so concurrent publications of one offer get distinct versions.
  const current = await tx.$queryRaw<{ version: number }[]>`
    select version from "Service" where id = ${parsed.id}::uuid for update`;
  const version = (current[0]?.version ?? 0) + 1;
  // The history keeps the row ids as written.
  const data = await ownRowIds(tx, parsed);

  await writeOfferData(tx, data);
  await tx.service.update({ where: { id: data.id }, data: { version, publishedAt: new Date() } });
  await tx.serviceVersion.create({
    data: {
      serviceId: data.id,
      version,
      data: versionSnapshot(data),
      source: meta.source,
      actorId: meta.actorId ?? null,
      revisionId: meta.revisionId ?? null,
    },
  });
  await tx.outboxEvent.create({ data: { serviceId: data.id, version } });
  await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
  return { id: data.id, version };
}
