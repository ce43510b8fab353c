import "server-only";
import { formatPaths } from "@conform-to/dom";
import { assertCan, can, NotFoundError, organizationScope } from "../authz";
import { db, type Tx } from "../db";
import { queueOrganizationOffers } from "../offers/reindex-offers";
import { formErrorCodes, formErrorMap, type FormErrorCode } from "../revisions/form";
import type { RejectResult, RevisionUser } from "../revisions/mutations";
import { parseReviewComment, revisionIdSchema } from "../revisions/schema";
import { findEditableOrganization } from "./access";
import { StaleOrganizationRevisionError } from "./errors";
import { CITY_ONLY_FIELDS, organizationDataSchema, type OrganizationData } from "./schema";

// An organisation's details change like an offer's: a provider's edit is a revision submitted for
// review and the organisation stays as it is until a reviewer approves; reviewers may write at
// once. Decided revisions stay as the organisation's history.

export type SaveOrganizationResult =
  | { ok: true; revisionId: string; published: boolean }
  | { ok: false; fieldErrors: Record<string, FormErrorCode[]> };

const storedSelect = {
  name: true,
  alternateName: true,
  description: true,
  email: true,
  website: true,
  legalStatus: true,
  providerType: true,
  updatedAt: true,
} as const;

/** The person's open (not yet decided) revision of the organisation. */
const openRevisionOf = (tx: Tx, organizationId: string, userId: string) =>
  tx.organizationRevision.findFirst({
    where: { organizationId, authorId: userId, state: { in: ["DRAFT", "SUBMITTED"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });

/** Writes the organisation and queues its offers for the index (their documents carry its name). */
async function writeOrganization(tx: Tx, organizationId: string, data: OrganizationData) {
  await tx.organization.update({ where: { id: organizationId }, data });
  await queueOrganizationOffers(tx, organizationId);
}

/**
 * Saves the organisation's details as the person's open revision (one per person and
 * organisation), submitted for review. A reviewer may instead write them at once (`publish`);
 * that is kept as an approved revision too. Legal status and provider type are the city's:
 * whatever a provider sends for them is replaced by the stored values. Text is stored as typed;
 * every page escapes it.
 */
export async function saveOrganizationEdit(
  user: RevisionUser | null,
  organizationId: string,
  values: Partial<Record<keyof OrganizationData, unknown>>,
  { publish = false } = {},
): Promise<SaveOrganizationResult> {
  const org = await findEditableOrganization(user, organizationId);
  if (publish) assertCan(user, "offer:edit-any");
  const actor = user!;
  const cityFields = can(actor, "offer:edit-any");
  const input = cityFields ? values : { ...values, ...Object.fromEntries(CITY_ONLY_FIELDS.map((f) => [f, undefined])) };
  const parsed = organizationDataSchema.safeParse(input, { error: formErrorMap });
  if (!parsed.success) {
    const fieldErrors: Record<string, FormErrorCode[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[formatPaths(issue.path as (string | number)[])] ??= []).push(...formErrorCodes([issue]));
    return { ok: false, fieldErrors };
  }

  return db.$transaction(async (tx) => {
    const { updatedAt, ...stored } = await tx.organization.findUniqueOrThrow({ where: { id: org.id }, select: storedSelect });
    const data: OrganizationData = cityFields ? parsed.data : { ...parsed.data, legalStatus: stored.legalStatus, providerType: stored.providerType };
    const open = await openRevisionOf(tx, org.id, actor.id);
    const now = new Date();
    const fields = publish
      ? { data, baseUpdatedAt: updatedAt, state: "APPROVED" as const, submittedAt: now, reviewerId: actor.id, decidedAt: now }
      : { data, baseUpdatedAt: updatedAt, state: "SUBMITTED" as const, submittedAt: now };
    const row = open
      ? await tx.organizationRevision.update({ where: { id: open.id }, data: fields, select: { id: true } })
      : await tx.organizationRevision.create({ data: { ...fields, organizationId: org.id, authorId: actor.id }, select: { id: true } });
    if (publish) await writeOrganization(tx, org.id, data);
    return { ok: true as const, revisionId: row.id, published: publish };
  });
}

/** A submitted revision the reviewer may decide on, or NotFoundError. */
async function findSubmitted(user: RevisionUser | null, revisionId: string) {
  assertCan(user, "offer:review");
  const id = revisionIdSchema.safeParse(revisionId);
  const revision = id.success
    ? await db.organizationRevision.findFirst({
        where: { id: id.data, state: "SUBMITTED", organization: organizationScope(user) },
        select: { id: true, organizationId: true, baseUpdatedAt: true, data: true },
      })
    : null;
  if (!revision) throw new NotFoundError(`organization revision ${revisionId}`);
  return { user: user as RevisionUser, revision };
}

/**
 * Writes the revision to the organisation, marks it approved and queues the organisation's offers
 * for the index, in one transaction. Refused (StaleOrganizationRevisionError) if the organisation
 * changed after the draft was made: approving would silently undo that change.
 */
export async function approveOrganizationRevision(actor: RevisionUser | null, revisionId: string) {
  const { user, revision } = await findSubmitted(actor, revisionId);
  const data = organizationDataSchema.parse(revision.data);
  return db.$transaction(async (tx) => {
    const claimed = await tx.organizationRevision.updateMany({
      where: { id: revision.id, state: "SUBMITTED" },
      data: { state: "APPROVED", reviewerId: user.id, decidedAt: new Date() },
    });
    if (claimed.count !== 1) throw new NotFoundError(`organization revision ${revisionId}`);
    // Lock the row so no other approval or edit slips in between the check and the write.
    await tx.$executeRaw`select 1 from "Organization" where id = ${revision.organizationId}::uuid for update`;
    const { updatedAt } = await tx.organization.findUniqueOrThrow({ where: { id: revision.organizationId }, select: { updatedAt: true } });
    if (updatedAt.getTime() !== revision.baseUpdatedAt.getTime()) throw new StaleOrganizationRevisionError(revision.organizationId);
    await writeOrganization(tx, revision.organizationId, data);
    return { organizationId: revision.organizationId };
  });
}

/** Sends the revision back to its author with a comment (3–2,000 characters, as for offers). */
export async function rejectOrganizationRevision(actor: RevisionUser | null, revisionId: string, comment: unknown): Promise<RejectResult> {
  const { user, revision } = await findSubmitted(actor, revisionId);
  const parsed = parseReviewComment(comment);
  if (!parsed.ok) return parsed;
  const updated = await db.organizationRevision.updateMany({
    where: { id: revision.id, state: "SUBMITTED" },
    data: { state: "REJECTED", reviewerId: user.id, reviewComment: parsed.comment, decidedAt: new Date() },
  });
  if (updated.count !== 1) throw new NotFoundError(`organization revision ${revisionId}`);
  return { ok: true };
}
