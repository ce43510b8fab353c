import "server-only";
import { z } from "zod";
import { type Actor, assertCanEditOffer, assertCanEditOffers, NotFoundError, organizationScope } from "../authz";
import { db } from "../db";
import { offerFieldsSchema, type OfferData } from "../offers/schema";
import { plainText } from "../plain-text";

// A new offer starts as a row with version 0: it has an id (so its drafts, review and history work
// exactly as for any offer) but no published state, and every public read (search index, offer
// page, database search, HSDS export, Fachinfo) leaves out version 0. The first approval
// publishes version 1.

const newOfferSchema = z.object({
  organizationId: z.uuid({ error: "organization" }),
  name: plainText().min(1, { error: "required" }).max(200, { error: "too_long" }),
});

export type CreateOfferResult = { ok: true; id: string } | { ok: false; error: "required" | "too_long" | "organization" };

/** Creates an unpublished offer of one of the person's organisations (reviewers: any). */
export async function createOffer(user: Actor | null, input: { organizationId: unknown; name: unknown }): Promise<CreateOfferResult> {
  assertCanEditOffers(user);
  const parsed = newOfferSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message as "required" | "too_long" | "organization" };
  const organization = await db.organization.findFirst({ where: { AND: [{ id: parsed.data.organizationId }, organizationScope(user)] }, select: { id: true } });
  if (!organization) throw new NotFoundError(`organization ${parsed.data.organizationId}`);
  const row = await db.service.create({ data: { organizationId: organization.id, name: parsed.data.name, description: "", version: 0 }, select: { id: true } });
  return { ok: true, id: row.id };
}

/**
 * Deletes an offer that was never published, with its drafts: an offer added by mistake or given
 * up before its first review. A published offer is never deleted (its history stays; providers
 * set it inactive instead), so the delete itself requires version 0: if an approval publishes the
 * offer in the meantime, the approval wins and this answers false.
 */
export async function discardNewOffer(user: Actor | null, offerId: string): Promise<boolean> {
  assertCanEditOffers(user);
  await assertCanEditOffer(user, offerId);
  const { count } = await db.service.deleteMany({ where: { id: offerId, version: 0 } });
  return count === 1;
}

/** The edit form's starting point for an offer never published: its name, everything else empty. */
export async function blankOffer(offerId: string): Promise<OfferData> {
  const s = await db.service.findUniqueOrThrow({ where: { id: offerId }, select: { id: true, organizationId: true, name: true } });
  return { ...offerFieldsSchema.omit({ description: true }).parse(s), description: "" };
}
