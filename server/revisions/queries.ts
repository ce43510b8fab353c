import "server-only";
import { assertCan, assertCanEditOffer, can, NotFoundError, offerScope, type Actor } from "../authz";
import { db } from "../db";
import type { PublicationSource, ReviewState } from "../generated/prisma/enums";
import { offerDataSchema, type OfferData } from "../offers/schema";
import { readOfferData } from "../offers/store";
import { diffOffers, type FieldChange } from "./diff";
import { toFormDefaults, type OfferFormInput } from "./form";
import { offerAsReadBy } from "./city-fields";
import { blankOffer } from "./new-offer";
import type { RevisionUser } from "./mutations";
import { revisionIdSchema } from "./schema";
import { changedTranslationLocales } from "./translation-review";
import { getTranslationStatuses, type TranslationStatuses } from "./translation-states";
import type { TranslationLocale } from "../../i18n/locales";

const personOf = (p: { name: string | null; email: string } | null) => (p ? (p.name ?? p.email) : null);

export type MyOffer = {
  id: string;
  name: string;
  version: number;
  latest: { state: ReviewState; comment: string | null; at: Date } | null;
};

/** The offers of the person's own organisations, each with its latest revision's state. */
export async function listMyOffers(user: RevisionUser): Promise<MyOffer[]> {
  const rows = await db.service.findMany({
    where: { AND: [offerScope(user), { organizationId: { in: [...user.organizationIds] } }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      version: true,
      revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { state: true, reviewComment: true, submittedAt: true, decidedAt: true, createdAt: true } },
    },
  });
  return rows.map(({ revisions: [r], ...s }) => ({
    ...s,
    latest: r ? { state: r.state, comment: r.reviewComment, at: r.decidedAt ?? r.submittedAt ?? r.createdAt } : null,
  }));
}

export type OfferForEdit = {
  id: string;
  name: string;
  defaults: OfferFormInput;
  pending: boolean;
  rejectedComment: string | null;
  /** Reviewers may publish their edit at once and edit the city's planning fields. */
  mayPublish: boolean;
  translations: TranslationStatuses;
};

/** The edit form's values: the person's open revision if there is one, else the published version. */
export async function getOfferForEdit(user: RevisionUser, offerId: string): Promise<OfferForEdit> {
  const offer = await assertCanEditOffer(user, offerId);
  const [published, open, latest] = await Promise.all([
    readOfferData(db, offer.id),
    db.serviceRevision.findFirst({
      where: { serviceId: offer.id, authorId: user.id, state: { in: ["DRAFT", "SUBMITTED"] } },
      orderBy: { createdAt: "desc" },
      select: { data: true },
    }),
    db.serviceRevision.findFirst({ where: { serviceId: offer.id }, orderBy: { createdAt: "desc" }, select: { state: true, reviewComment: true } }),
  ]);
  const base = published ?? (await blankOffer(offer.id));
  const draft = open ? offerDataSchema.parse(open.data) : null;
  return {
    id: offer.id,
    name: base.name,
    defaults: toFormDefaults(offerAsReadBy(user, draft ?? base)),
    pending: !!open,
    rejectedComment: latest?.state === "REJECTED" ? latest.reviewComment : null,
    mayPublish: can(user, "offer:edit-any"),
    translations: await getTranslationStatuses(offer.id, published, draft),
  };
}

export type QueueItem = { id: string; offerId: string; offerName: string; author: string | null; submittedAt: Date | null };

/** Submitted revisions waiting for a decision, oldest first. */
export async function listReviewQueue(user: Actor | null): Promise<QueueItem[]> {
  assertCan(user, "offer:review");
  const rows = await db.serviceRevision.findMany({
    where: { state: "SUBMITTED", service: offerScope(user) },
    orderBy: { submittedAt: "asc" },
    take: 500,
    select: { id: true, serviceId: true, submittedAt: true, service: { select: { name: true } }, author: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ id: r.id, offerId: r.serviceId, offerName: r.service.name, author: personOf(r.author), submittedAt: r.submittedAt }));
}

export type RevisionForReview = {
  id: string;
  offerId: string;
  offerName: string;
  author: string | null;
  submittedAt: Date | null;
  baseVersion: number;
  currentVersion: number;
  draft: OfferData;
  published: OfferData | null;
  changes: FieldChange[];
  /** Translations this revision adds, edits, removes or confirms: each may be rejected on its own. */
  changedTranslations: TranslationLocale[];
};

/** One submitted revision with the published version and the changed fields. */
export async function getRevisionForReview(user: Actor | null, revisionId: string): Promise<RevisionForReview> {
  assertCan(user, "offer:review");
  const id = revisionIdSchema.safeParse(revisionId);
  const r = id.success
    ? await db.serviceRevision.findFirst({
        where: { id: id.data, state: "SUBMITTED", service: offerScope(user) },
        select: {
          id: true,
          serviceId: true,
          data: true,
          baseVersion: true,
          submittedAt: true,
          service: { select: { name: true, version: true } },
          author: { select: { name: true, email: true } },
        },
      })
    : null;
  if (!r) throw new NotFoundError(`revision ${revisionId}`);
  const draft = offerAsReadBy(user, offerDataSchema.parse(r.data));
  const stored = await readOfferData(db, r.serviceId);
  const published = stored && offerAsReadBy(user, stored);
  return {
    id: r.id,
    offerId: r.serviceId,
    offerName: r.service.name,
    author: personOf(r.author),
    submittedAt: r.submittedAt,
    baseVersion: r.baseVersion,
    currentVersion: r.service.version,
    draft,
    published,
    changes: diffOffers(published, draft),
    changedTranslations: changedTranslationLocales(published, draft),
  };
}

export type HistoryEntry = {
  version: number;
  createdAt: Date;
  source: PublicationSource;
  /** Who published it (the reviewer for an approval). */
  actor: string | null;
  /** Who wrote the approved change, if it came through review. */
  author: string | null;
  /** The fields changed against the version before; null for the first one (or a snapshot too old to read). */
  changes: FieldChange[] | null;
  /** The published version (nothing to restore). */
  current: boolean;
  /** The snapshot still fits the offer schema, so it can be restored. */
  restorable: boolean;
};

export type History = { name: string; entries: HistoryEntry[]; /** Show older versions from before this one. */ olderThan: number | null };

const HISTORY_PAGE = 50;

/**
 * diffOffers, plus the confirmation date: review diffs leave it out, but in the history a
 * confirmation ("Angaben sind noch aktuell") is exactly that change.
 */
function historyChanges(before: OfferData, after: OfferData): FieldChange[] {
  const changes = diffOffers(before, after);
  if (before.lastVerifiedAt === after.lastVerifiedAt || changes.some((c) => c.field === "lastVerifiedAt")) return changes;
  return [...changes, { field: "lastVerifiedAt", before: before.lastVerifiedAt, after: after.lastVerifiedAt }];
}

/**
 * The offer's publications, newest first, each with what it changed against the one before (only
 * for people who may edit the offer). `before` pages back: versions older than that number.
 */
export async function listHistory(user: Actor | null, offerId: string, { before }: { before?: number } = {}): Promise<History> {
  if (!user) throw new NotFoundError(`offer ${offerId}`);
  const offer = await assertCanEditOffer(user, offerId);
  const [service, rows] = await Promise.all([
    db.service.findUniqueOrThrow({ where: { id: offer.id }, select: { name: true, version: true } }),
    // One more than shown: the oldest shown version is compared with the one before it.
    db.serviceVersion.findMany({
      where: { serviceId: offer.id, ...(before ? { version: { lt: before } } : {}) },
      orderBy: { version: "desc" },
      take: HISTORY_PAGE + 1,
      select: { version: true, createdAt: true, source: true, data: true, revisionId: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  const revisionIds = rows.flatMap((r) => r.revisionId ?? []);
  const revisions = revisionIds.length
    ? await db.serviceRevision.findMany({ where: { id: { in: revisionIds }, serviceId: offer.id }, select: { id: true, author: { select: { name: true, email: true } } } })
    : [];
  const authors = new Map(revisions.map((r) => [r.id, personOf(r.author)]));
  const snapshots = rows.map((r) => {
    const parsed = offerDataSchema.safeParse(r.data);
    return parsed.success ? { success: true as const, data: offerAsReadBy(user, parsed.data) } : parsed;
  });
  const entries = rows.slice(0, HISTORY_PAGE).map((r, i) => {
    const data = snapshots[i]!;
    const previous = snapshots[i + 1];
    return {
      version: r.version,
      createdAt: r.createdAt,
      source: r.source,
      actor: personOf(r.actor),
      author: r.revisionId ? (authors.get(r.revisionId) ?? null) : null,
      changes: data.success && previous?.success ? historyChanges(previous.data, data.data) : null,
      current: r.version === service.version,
      restorable: data.success,
    };
  });
  return { name: service.name, entries, olderThan: rows.length > HISTORY_PAGE ? entries.at(-1)!.version : null };
}

export type EditableOffer = { id: string; name: string; organization: { id: string; name: string }; version: number; pendingRevisions: number };

/** Every offer a reviewer may edit, filtered by a word of its or its organisation's name. */
export async function listAllOffers(user: Actor | null, query: string): Promise<EditableOffer[]> {
  assertCan(user, "offer:edit-any");
  const q = query.trim().slice(0, 100);
  const rows = await db.service.findMany({
    where: {
      AND: [
        offerScope(user),
        q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { organization: { name: { contains: q, mode: "insensitive" } } }] } : {},
      ],
    },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, version: true, organization: { select: { id: true, name: true } }, _count: { select: { revisions: { where: { state: "SUBMITTED" } } } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, pendingRevisions: _count.revisions }));
}
