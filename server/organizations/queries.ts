import "server-only";
import { type Actor, assertCan, can, canEditOffers, NotFoundError, organizationScope } from "../authz";
import { db } from "../db";
import type { ReviewState } from "../generated/prisma/enums";
import type { FieldChange } from "../revisions/diff";
import type { RevisionUser } from "../revisions/mutations";
import { revisionIdSchema } from "../revisions/schema";
import { findEditableOrganization } from "./access";
import { ORGANIZATION_FIELDS, organizationDataSchema, toOrganizationFormDefaults, type OrganizationData, type OrganizationFormInput } from "./schema";

const personOf = (p: { name: string | null; email: string } | null) => (p ? (p.name ?? p.email) : null);

const dataSelect = { name: true, alternateName: true, description: true, email: true, website: true, legalStatus: true, providerType: true } as const;

/**
 * The fields that differ, in form order. The details are flat text, so diffOffers' path
 * flattening (and its offer-only canonical form) is not needed; the rows fit RevisionDiff as they are.
 */
export function diffOrganizations(before: OrganizationData, after: OrganizationData): FieldChange[] {
  return ORGANIZATION_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null)).map((field) => ({ field, before: before[field], after: after[field] }));
}

type Latest = { state: ReviewState; comment: string | null; at: Date } | null;
export type MyOrganization = { id: string; name: string; latest: Latest };

/** The person's own organisations, each with its latest revision's state. */
export async function listMyOrganizations(user: RevisionUser): Promise<MyOrganization[]> {
  if (!canEditOffers(user)) return [];
  const rows = await db.organization.findMany({
    where: { AND: [organizationScope(user), { id: { in: [...user.organizationIds] } }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { state: true, reviewComment: true, submittedAt: true, decidedAt: true, createdAt: true } },
    },
  });
  return rows.map(({ revisions: [r], ...o }) => ({
    ...o,
    latest: r ? { state: r.state, comment: r.reviewComment, at: r.decidedAt ?? r.submittedAt ?? r.createdAt } : null,
  }));
}

export type OrganizationHistoryEntry = {
  id: string;
  state: ReviewState;
  decidedAt: Date | null;
  author: string | null;
  reviewer: string | null;
  comment: string | null;
  /** The fields the revision changed against the details it was based on (approved ones only). */
  fields: string[];
};

export type OrganizationForEdit = {
  id: string;
  name: string;
  defaults: OrganizationFormInput;
  /** The person's change is waiting for review (the form shows it, not the stored details). */
  pending: boolean;
  rejectedComment: string | null;
  /** Reviewers: write at once, and edit legal status and provider type. */
  mayPublish: boolean;
  history: OrganizationHistoryEntry[];
};

const HISTORY_SIZE = 20;

/** The edit form's values (the person's open revision if there is one) and the decided revisions. */
export async function getOrganizationForEdit(user: RevisionUser | null, organizationId: string): Promise<OrganizationForEdit> {
  const org = await findEditableOrganization(user, organizationId);
  const actor = user!;
  const [stored, open, decided] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: org.id }, select: dataSelect }),
    db.organizationRevision.findFirst({
      where: { organizationId: org.id, authorId: actor.id, state: { in: ["DRAFT", "SUBMITTED"] } },
      orderBy: { createdAt: "desc" },
      select: { data: true },
    }),
    db.organizationRevision.findMany({
      where: { organizationId: org.id, state: { in: ["APPROVED", "REJECTED"] } },
      orderBy: { decidedAt: "desc" },
      take: HISTORY_SIZE,
      select: {
        id: true,
        state: true,
        decidedAt: true,
        reviewComment: true,
        data: true,
        author: { select: { name: true, email: true } },
        reviewer: { select: { name: true, email: true } },
      },
    }),
  ]);
  const draft = open ? organizationDataSchema.safeParse(open.data) : null;
  const history = decided.map((r, i) => {
    // Each approved revision against the approved one before it: what the approval changed.
    const data = organizationDataSchema.safeParse(r.data);
    const previous = decided.slice(i + 1).find((p) => p.state === "APPROVED");
    const before = previous ? organizationDataSchema.safeParse(previous.data) : null;
    return {
      id: r.id,
      state: r.state,
      decidedAt: r.decidedAt,
      author: personOf(r.author),
      reviewer: personOf(r.reviewer),
      comment: r.reviewComment,
      fields: r.state === "APPROVED" && data.success && before?.success ? diffOrganizations(before.data, data.data).map((c) => c.field) : [],
    };
  });
  return {
    id: org.id,
    name: stored.name,
    defaults: toOrganizationFormDefaults(draft?.success ? draft.data : stored),
    pending: !!draft?.success,
    rejectedComment: decided[0]?.state === "REJECTED" && !open ? decided[0].reviewComment : null,
    mayPublish: can(actor, "offer:edit-any"),
    history,
  };
}

export type OrganizationQueueItem = { id: string; organizationId: string; organizationName: string; author: string | null; submittedAt: Date | null };

/** Submitted organisation revisions waiting for a decision, oldest first. */
export async function listOrganizationReviewQueue(user: Actor | null): Promise<OrganizationQueueItem[]> {
  assertCan(user, "offer:review");
  const rows = await db.organizationRevision.findMany({
    where: { state: "SUBMITTED", organization: organizationScope(user) },
    orderBy: { submittedAt: "asc" },
    take: 500,
    select: { id: true, organizationId: true, submittedAt: true, organization: { select: { name: true } }, author: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ id: r.id, organizationId: r.organizationId, organizationName: r.organization.name, author: personOf(r.author), submittedAt: r.submittedAt }));
}

export type OrganizationRevisionForReview = {
  id: string;
  organizationId: string;
  organizationName: string;
  author: string | null;
  submittedAt: Date | null;
  /** The organisation changed after the draft was made: it cannot be approved. */
  stale: boolean;
  changes: FieldChange[];
};

/** One submitted revision with what it changes against the stored details. */
export async function getOrganizationRevisionForReview(user: Actor | null, revisionId: string): Promise<OrganizationRevisionForReview> {
  assertCan(user, "offer:review");
  const id = revisionIdSchema.safeParse(revisionId);
  const r = id.success
    ? await db.organizationRevision.findFirst({
        where: { id: id.data, state: "SUBMITTED", organization: organizationScope(user) },
        select: {
          id: true,
          organizationId: true,
          data: true,
          baseUpdatedAt: true,
          submittedAt: true,
          organization: { select: { ...dataSelect, updatedAt: true } },
          author: { select: { name: true, email: true } },
        },
      })
    : null;
  if (!r) throw new NotFoundError(`organization revision ${revisionId}`);
  const { updatedAt, ...stored } = r.organization;
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: stored.name,
    author: personOf(r.author),
    submittedAt: r.submittedAt,
    stale: updatedAt.getTime() !== r.baseUpdatedAt.getTime(),
    changes: diffOrganizations(stored, organizationDataSchema.parse(r.data)),
  };
}

/** The organisations the person may add an offer to, by name (reviewers: all). */
export async function listOrganizationChoices(user: Actor | null): Promise<{ id: string; name: string }[]> {
  if (!canEditOffers(user)) return [];
  return db.organization.findMany({ where: organizationScope(user), orderBy: { name: "asc" }, select: { id: true, name: true } });
}
