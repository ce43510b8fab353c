import "server-only";
import { assertCan, assertCanEditOffer, NotFoundError, offerScope, type Actor } from "../authz";
import { db } from "../db";
import type { PublicationSource, ReviewState } from "../generated/prisma/enums";
import { offerDataSchema, type OfferData } from "../offers/schema";
import { readOfferData } from "../offers/store";
import { diffOffers, type FieldChange } from "./diff";
import type { EditValues } from "./form";
import type { RevisionUser } from "./mutations";
import { revisionIdSchema } from "./schema";

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

export type OfferForEdit = { id: string; name: string; values: EditValues; pending: boolean; rejectedComment: string | null };

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
  if (!published) throw new NotFoundError(`offer ${offerId}`);
  const d = open ? offerDataSchema.parse(open.data) : published;
  const s = (v: string | null) => v ?? "";
  return {
    id: offer.id,
    name: published.name,
    pending: !!open,
    rejectedComment: latest?.state === "REJECTED" ? latest.reviewComment : null,
    values: {
      name: d.name,
      description: d.description,
      eligibilityDescription: s(d.eligibilityDescription),
      feesDescription: s(d.feesDescription),
      applicationProcess: s(d.applicationProcess),
      url: s(d.url),
      email: s(d.email),
      phone: d.phones[0]?.number ?? "",
      appointmentRequired: d.appointmentRequired ? "on" : "",
      byArrangement: d.byArrangement ? "on" : "",
    },
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
  const draft = offerDataSchema.parse(r.data);
  const published = await readOfferData(db, r.serviceId);
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
  };
}

export type HistoryEntry = { version: number; createdAt: Date; source: PublicationSource; actor: string | null };

/** The offer's publications, newest first (only for people who may edit the offer). */
export async function listHistory(user: Actor | null, offerId: string): Promise<{ name: string; entries: HistoryEntry[] }> {
  if (!user) throw new NotFoundError(`offer ${offerId}`);
  const offer = await assertCanEditOffer(user, offerId);
  const [service, rows] = await Promise.all([
    db.service.findUniqueOrThrow({ where: { id: offer.id }, select: { name: true } }),
    db.serviceVersion.findMany({
      where: { serviceId: offer.id },
      orderBy: { version: "desc" },
      take: 200,
      select: { version: true, createdAt: true, source: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { name: service.name, entries: rows.map((r) => ({ version: r.version, createdAt: r.createdAt, source: r.source, actor: personOf(r.actor) })) };
}
