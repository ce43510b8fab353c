import "server-only";
import type { PublicationSource } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import { NotFoundError } from "../authz";
import { publishOffer } from "./publish";
import type { OfferData } from "./schema";
import { readOfferData } from "./store";

const ATTEMPTS = 3;

/** Another publication of the offer kept coming in between (only after several attempts). */
export class ConcurrentPublicationError extends Error {
  constructor(readonly offerId: string) {
    super(`offer ${offerId} was published concurrently`);
    this.name = "ConcurrentPublicationError";
  }
}

class Conflict extends Error {}

/**
 * Publishes a change computed from the offer's current published version (a confirmation, a
 * restore). The version is read before the data and compared after publishing: if someone
 * published in between, the transaction rolls back and the change is computed again from the
 * new version, so it never silently overwrites a publication it did not see.
 * `after` runs in the same transaction (e.g. to move open drafts onto the new version).
 */
export async function publishOnTopOfCurrent(
  offerId: string,
  change: (current: OfferData) => OfferData,
  meta: { source: PublicationSource; actorId: string },
  after?: (tx: Tx, published: { id: string; version: number }, current: OfferData) => Promise<void>,
): Promise<{ id: string; version: number }> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const { version } = await tx.service.findUniqueOrThrow({ where: { id: offerId }, select: { version: true } });
        const current = await readOfferData(tx, offerId);
        if (!current) throw new NotFoundError(`offer ${offerId}`);
        const published = await publishOffer(tx, change(current), meta);
        if (published.version !== version + 1) throw new Conflict();
        await after?.(tx, published, current);
        return published;
      });
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
    }
  }
  throw new ConcurrentPublicationError(offerId);
}
