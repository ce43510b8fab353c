import "server-only";
import { assertCan, assertCanEditOffer, assertCanEditOffers, NotFoundError, offerScope, type Actor } from "../authz";
import { db, type Tx } from "../db";
import { publishOffer } from "../offers/publish";
import { offerDataSchema, type OfferData } from "../offers/schema";
import { formatPaths } from "@conform-to/dom";
import { OfferDataError, readOfferData, resolveReferences } from "../offers/store";
import { StaleRevisionError, TranslationRejectionError } from "./errors";
import { changedTranslationLocales, parseTranslationRejections, withoutRejected } from "./translation-review";
import { applyForm } from "./apply-form";
import { blankOffer } from "./new-offer";
import { formErrorCodes, formErrorMap, type FormErrorCode, type OfferFormValues } from "./form";
import { parseReviewComment, revisionIdSchema } from "./schema";

export type RevisionUser = Actor & { id: string };

export type SaveEditResult =
  | { ok: true; revisionId: string; published?: undefined }
  | { ok: true; published: { id: string; version: number }; revisionId?: undefined }
  | { ok: false; fieldErrors: Record<string, FormErrorCode[]> };

/** The person's open (not yet decided) revision of the offer. */
const openRevisionOf = (tx: Tx, offerId: string, userId: string) =>
  tx.serviceRevision.findFirst({
    where: { serviceId: offerId, authorId: userId, state: { in: ["DRAFT", "SUBMITTED"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, data: true },
  });

/**
 * Saves what the edit form sent (already parsed with offerFormSchema) on top of the current
 * published version. A provider's change becomes their open revision, submitted for review, and
 * the published offer stays as it is until a reviewer approves. A reviewer may instead publish at
 * once (`publish`). Text is stored as typed; every page escapes it.
 */
export async function saveOfferEdit(
  user: RevisionUser | null,
  offerId: string,
  values: OfferFormValues,
  { publish = false } = {},
): Promise<SaveEditResult> {
  assertCanEditOffers(user);
  if (publish) assertCan(user, "offer:edit-any");
  const offer = await assertCanEditOffer(user, offerId);

  return db.$transaction(async (tx) => {
    const current = await tx.service.findUniqueOrThrow({ where: { id: offer.id }, select: { version: true } });
    const [stored, open] = await Promise.all([readOfferData(tx, offer.id), openRevisionOf(tx, offer.id, user.id)]);
    const published = stored ?? (await blankOffer(offer.id));
    const draft = open ? offerDataSchema.parse(open.data) : null;
    // The form was parsed already; this catches what only the whole document can tell.
    const parsed = offerDataSchema.safeParse(await applyForm(user, published, draft, values), { error: formErrorMap });
    if (!parsed.success) {
      const fieldErrors: Record<string, FormErrorCode[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[formatPaths(issue.path as (string | number)[])] ??= []).push(...formErrorCodes([issue]));
      return { ok: false as const, fieldErrors };
    }
    try {
      await resolveReferences(tx, parsed.data);
    } catch (err) {
      if (err instanceof OfferDataError) return { ok: false as const, fieldErrors: { [err.field]: ["unknown_choice" as const] } };
      throw err;
    }
    if (publish) {
      const result = await publishOffer(tx, parsed.data, { source: "REVIEWER_EDIT", actorId: user.id });
      // The reviewer's own open draft of this offer is now superseded by what they published.
      if (open) await tx.serviceRevision.update({ where: { id: open.id }, data: { state: "APPROVED", reviewerId: user.id, decidedAt: new Date() } });
      return { ok: true as const, published: result };
    }
    return { ok: true as const, revisionId: await storeRevision(tx, user, offer.id, parsed.data, current.version) };
  });
}

/** Stores `data` as the person's open revision of the offer (one per person and offer), submitted for review. */
async function storeRevision(tx: Tx, user: RevisionUser, offerId: string, data: OfferData, baseVersion: number) {
  const open = await openRevisionOf(tx, offerId, user.id);
  const fields = { data, baseVersion, state: "SUBMITTED" as const, submittedAt: new Date() };
  const row = open
    ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields, select: { id: true } })
    : await tx.serviceRevision.create({ data: { ...fields, serviceId: offerId, authorId: user.id }, select: { id: true } });
  return row.id;
}

/**
 * Submits a whole offer document (e.g. an older version being restored) for review, on top of the
 * current published version. Id and organisation always come from the stored offer.
 */
export async function submitRevision(user: RevisionUser | null, offerId: string, data: OfferData): Promise<{ revisionId: string }> {
  assertCanEditOffers(user);
  const offer = await assertCanEditOffer(user, offerId);
  const checked = offerDataSchema.parse({ ...data, id: offer.id, organizationId: offer.organizationId });
  return db.$transaction(async (tx) => {
    const current = await tx.service.findUniqueOrThrow({ where: { id: offer.id }, select: { version: true } });
    await resolveReferences(tx, checked); // OfferDataError now rather than when a reviewer approves
    return { revisionId: await storeRevision(tx, user, offer.id, checked, current.version) };
  });
}

/** A submitted revision the reviewer may decide on, or NotFoundError. */
async function findSubmitted(user: RevisionUser | null, revisionId: string) {
  assertCan(user, "offer:review");
  const id = revisionIdSchema.safeParse(revisionId);
  const revision = id.success
    ? await db.serviceRevision.findFirst({
        where: { id: id.data, state: "SUBMITTED", service: offerScope(user) },
        select: { id: true, serviceId: true, baseVersion: true, data: true },
      })
    : null;
  if (!revision) throw new NotFoundError(`revision ${revisionId}`);
  return { user, revision };
}

/**
 * Publishes the revision and marks it approved, in one transaction. `translationRejections`
 * (locale -> reason, from the review form) keeps those changed translations unpublished. Refused (StaleRevisionError)
 * if the offer was published again since the draft was made: the reviewer must look again.
 */
export async function approveRevision(actor: RevisionUser | null, revisionId: string, translationRejections: unknown = {}) {
  const { user, revision } = await findSubmitted(actor, revisionId);
  return db.$transaction(async (tx) => {
    const draft = offerDataSchema.parse(revision.data);
    const published = await readOfferData(tx, revision.serviceId);
    // Translations the reviewer refuses (each with a reason) are published as they were before.
    const rejections = parseTranslationRejections(translationRejections, changedTranslationLocales(published, draft));
    if (!rejections.ok) throw new TranslationRejectionError(rejections.errors);
    const claimed = await tx.serviceRevision.updateMany({
      where: { id: revision.id, state: "SUBMITTED" },
      data: { state: "APPROVED", reviewerId: user.id, decidedAt: new Date(), rejectedTranslations: rejections.value },
    });
    if (claimed.count !== 1) throw new NotFoundError(`revision ${revisionId}`);
    const data = withoutRejected(draft, published, Object.keys(rejections.value));
    // publishOffer locks the offer row and takes the next number: anything but base + 1 means
    // someone published in between, and throwing rolls the whole transaction back.
    const result = await publishOffer(tx, data, { source: "APPROVAL", actorId: user.id, revisionId: revision.id });
    if (result.version !== revision.baseVersion + 1) throw new StaleRevisionError(revision.baseVersion, result.version - 1);
    return result;
  });
}

export type RejectResult = { ok: true } | { ok: false; error: "too_short" | "too_long" };

/** Sends the revision back to its author with a comment. */
export async function rejectRevision(actor: RevisionUser | null, revisionId: string, comment: unknown): Promise<RejectResult> {
  const { user, revision } = await findSubmitted(actor, revisionId);
  const parsed = parseReviewComment(comment);
  if (!parsed.ok) return parsed;
  const updated = await db.serviceRevision.updateMany({
    where: { id: revision.id, state: "SUBMITTED" },
    data: { state: "REJECTED", reviewerId: user.id, reviewComment: parsed.comment, decidedAt: new Date() },
  });
  if (updated.count !== 1) throw new NotFoundError(`revision ${revisionId}`);
  return { ok: true };
}
