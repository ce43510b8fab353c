import "server-only";
import { assertCan, assertCanEditOffer, can, ForbiddenError, NotFoundError, offerScope, type Actor } from "../authz";
import { db } from "../db";
import { publishOffer } from "../offers/publish";
import { offerDataSchema, type OfferData } from "../offers/schema";
import { readOfferData } from "../offers/store";
import { StaleRevisionError } from "./errors";
import { CHECKBOXES, EDIT_FIELDS, type EditErrorCode, type EditField, type EditValues } from "./form";
import { reviewCommentSchema, revisionIdSchema } from "./schema";

export type RevisionUser = Actor & { id: string };

export type SaveDraftResult =
  | { ok: true; revisionId: string }
  | { ok: false; fieldErrors: Partial<Record<EditField, EditErrorCode>> };

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The form's strings as OfferData fields, on top of the published version. */
function applyForm(published: OfferData, v: EditValues, offer: { id: string; organizationId: string }) {
  const phones = v.phone.trim()
    ? [{ ...(published.phones[0] ?? {}), number: v.phone }, ...published.phones.slice(1)]
    : published.phones.slice(1);
  const orNull = (s: string) => (s.trim() ? s : null);
  return {
    ...published,
    name: v.name,
    description: v.description,
    eligibilityDescription: orNull(v.eligibilityDescription),
    feesDescription: orNull(v.feesDescription),
    applicationProcess: orNull(v.applicationProcess),
    url: orNull(v.url.trim()),
    email: orNull(v.email.trim()),
    phones,
    appointmentRequired: v.appointmentRequired === "on",
    byArrangement: v.byArrangement === "on",
    // Never from the form: the stored offer decides what is edited and whose it is.
    id: offer.id,
    organizationId: offer.organizationId,
  };
}

function fieldOf(path: readonly PropertyKey[]): EditField {
  const head = String(path[0]);
  if (head === "phones") return "phone";
  return (EDIT_FIELDS as readonly string[]).includes(head) ? (head as EditField) : "name";
}

/**
 * Saves the provider's changes as their open revision of the offer (based on the current
 * published version) and submits it for review. The published offer stays as it is until a
 * reviewer approves. Text is stored as typed; every page escapes it.
 */
export async function saveDraft(user: RevisionUser | null, offerId: string, input: Partial<Record<EditField, unknown>>): Promise<SaveDraftResult> {
  if (!user || !(can(user, "offer:edit-own") || can(user, "offer:edit-any"))) throw new ForbiddenError("offer:edit-own");
  const offer = await assertCanEditOffer(user, offerId);
  const values = Object.fromEntries(EDIT_FIELDS.map((f) => [f, CHECKBOXES.includes(f) ? (input[f] ? "on" : "") : str(input[f])])) as EditValues;

  return db.$transaction(async (tx) => {
    const current = await tx.service.findUniqueOrThrow({ where: { id: offer.id }, select: { version: true } });
    const published = await readOfferData(tx, offer.id);
    if (!published) throw new NotFoundError(`offer ${offerId}`);
    const parsed = offerDataSchema.safeParse(applyForm(published, values, offer));
    if (!parsed.success) {
      const fieldErrors: Partial<Record<EditField, EditErrorCode>> = {};
      for (const issue of parsed.error.issues) {
        const code: EditErrorCode = issue.code === "too_small" ? "required" : issue.code === "too_big" ? "too_long" : "invalid";
        fieldErrors[fieldOf(issue.path)] ??= code;
      }
      return { ok: false as const, fieldErrors };
    }
    const open = await tx.serviceRevision.findFirst({
      where: { serviceId: offer.id, authorId: user.id, state: { in: ["DRAFT", "SUBMITTED"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    const fields = { data: parsed.data, baseVersion: current.version, state: "SUBMITTED" as const, submittedAt: new Date() };
    const row = open
      ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields, select: { id: true } })
      : await tx.serviceRevision.create({ data: { ...fields, serviceId: offer.id, authorId: user.id }, select: { id: true } });
    return { ok: true as const, revisionId: row.id };
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
 * Publishes the revision and marks it approved, in one transaction. Refused (StaleRevisionError)
 * if the offer was published again since the draft was made: the reviewer must look again.
 */
export async function approveRevision(actor: RevisionUser | null, revisionId: string) {
  const { user, revision } = await findSubmitted(actor, revisionId);
  return db.$transaction(async (tx) => {
    const claimed = await tx.serviceRevision.updateMany({
      where: { id: revision.id, state: "SUBMITTED" },
      data: { state: "APPROVED", reviewerId: user.id, decidedAt: new Date() },
    });
    if (claimed.count !== 1) throw new NotFoundError(`revision ${revisionId}`);
    // publishOffer locks the offer row and takes the next number: anything but base + 1 means
    // someone published in between, and throwing rolls the whole transaction back.
    const published = await publishOffer(tx, revision.data as OfferData, { source: "APPROVAL", actorId: user.id, revisionId: revision.id });
    if (published.version !== revision.baseVersion + 1) throw new StaleRevisionError(revision.baseVersion, published.version - 1);
    return published;
  });
}

export type RejectResult = { ok: true } | { ok: false; error: "too_short" | "too_long" };

/** Sends the revision back to its author with a comment. */
export async function rejectRevision(actor: RevisionUser | null, revisionId: string, comment: unknown): Promise<RejectResult> {
  const { user, revision } = await findSubmitted(actor, revisionId);
  const parsed = reviewCommentSchema.safeParse(typeof comment === "string" ? comment : "");
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message === "too_long" ? "too_long" : "too_short" };
  const updated = await db.serviceRevision.updateMany({
    where: { id: revision.id, state: "SUBMITTED" },
    data: { state: "REJECTED", reviewerId: user.id, reviewComment: parsed.data, decidedAt: new Date() },
  });
  if (updated.count !== 1) throw new NotFoundError(`revision ${revisionId}`);
  return { ok: true };
}
