import "server-only";
import { assertCanEditOffer, assertCanEditOffers, can, NotFoundError } from "../authz";
import { db } from "../db";
import { publishOnTopOfCurrent } from "../offers/republish";
import { offerDataSchema, type OfferData } from "../offers/schema";
import { OfferDataError, readOfferData } from "../offers/store";
import { withCityFieldsOf } from "./city-fields";
import { diffOffers } from "./diff";
import { submitRevision, type RevisionUser } from "./mutations";

export type RestoreResult =
  /** A provider's restore waits for review as their open revision. */
  | { kind: "submitted"; revisionId: string }
  /** A reviewer's restore is published at once as this version. */
  | { kind: "published"; version: number }
  /** The version says what the published one says: nothing to do. */
  | { kind: "unchanged" };

/**
 * The version cannot be brought back as it is: it no longer fits the offer schema ("invalid"), or
 * it names categories, Planungsräume or measures that no longer exist ("references").
 */
export class RestoreError extends Error {
  constructor(readonly reason: "invalid" | "references") {
    super(`version cannot be restored: ${reason}`);
    this.name = "RestoreError";
  }
}

/**
 * Brings back the content of an earlier version of the offer. Providers' restores go to review
 * like any change (submitRevision); reviewers and admins publish directly (source RESTORE).
 * Id and organisation always come from the stored offer, and for providers the city's planning
 * fields (funding, legal basis) stay as they are now. lastVerifiedAt stays as it is now:
 * restoring older text is not a confirmation, and must not undo a newer one either.
 */
export async function restoreVersion(user: RevisionUser | null, offerId: string, version: number): Promise<RestoreResult> {
  assertCanEditOffers(user);
  const offer = await assertCanEditOffer(user, offerId);
  const row = Number.isSafeInteger(version) && version > 0
    ? await db.serviceVersion.findUnique({ where: { serviceId_version: { serviceId: offer.id, version } }, select: { data: true } })
    : null;
  if (!row) throw new NotFoundError(`version ${version} of offer ${offerId}`);
  const parsed = offerDataSchema.safeParse({ ...(row.data as object), id: offer.id, organizationId: offer.organizationId });
  if (!parsed.success) throw new RestoreError("invalid");
  const restored = (current: OfferData): OfferData => ({
    ...withCityFieldsOf(user, parsed.data, current),
    id: current.id,
    organizationId: current.organizationId,
    lastVerifiedAt: current.lastVerifiedAt,
  });

  const current = await readOfferData(db, offer.id);
  if (!current) throw new NotFoundError(`offer ${offerId}`);
  if (diffOffers(current, restored(current)).length === 0) return { kind: "unchanged" };

  try {
    if (!can(user, "offer:edit-any")) {
      const { revisionId } = await submitRevision(user, offer.id, restored(current));
      return { kind: "submitted", revisionId };
    }
    const published = await publishOnTopOfCurrent(offer.id, restored, { source: "RESTORE", actorId: user.id });
    return { kind: "published", version: published.version };
  } catch (err) {
    if (err instanceof OfferDataError) throw new RestoreError("references");
    throw err;
  }
}
