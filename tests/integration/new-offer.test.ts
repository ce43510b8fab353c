import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { readOfferData } from "../../server/offers/store";
import { getPublicOffer } from "../../server/offers/queries";
import { listStaleOffers } from "../../server/offers/staleness";
import { approveRevision } from "../../server/revisions/mutations";
import { createOffer, discardNewOffer } from "../../server/revisions/new-offer";
import { getOfferForEdit, getRevisionForReview, listMyOffers } from "../../server/revisions/queries";
import { searchOffers } from "../../search/query";
import { parseSearchParams } from "../../search/params";
import { offersIndex } from "../../search/client";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, type createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// A new offer: unpublished (version 0) until its first review, invisible to the public meanwhile.

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let otherProvider: User;
let reviewer: User;
let partner: User;

beforeAll(async () => {
  await createReferenceData(db);
  await ensureIndex();
  ({ provider, otherProvider, reviewer, partner } = await createRoleUsers(db));
});

describe("a new offer", () => {
  it("starts unpublished, goes through review and is public only after approval", async () => {
    const created = await createOffer(provider, { organizationId: ORG_ID, name: "Neue Sprechstunde Zukunftswerkstatt" });
    if (!created.ok) throw new Error(created.error);
    const id = created.id;
    expect(await readOfferData(db, id)).toBeNull();
    expect(await getPublicOffer(id)).toBeNull();
    expect((await listMyOffers(provider)).find((o) => o.id === id)).toMatchObject({ version: 0 });
    expect((await listStaleOffers(reviewer)).map((o) => o.id)).not.toContain(id);

    // The form starts with the name only; submitting without a description is refused.
    expect((await getOfferForEdit(provider, id)).defaults).toMatchObject({ name: "Neue Sprechstunde Zukunftswerkstatt", description: "" });
    const empty = await submitOfferForm(provider, id, await offerForm(provider, id));
    expect(empty).toEqual({ ok: false, fieldErrors: { description: ["required"] } });

    const saved = await submitOfferForm(provider, id, await offerForm(provider, id, { description: "Offene Zukunftswerkstatt für alle Generationen.", handlungsfelder: "4" }));
    if (!saved.ok || !saved.revisionId) throw new Error("not saved");
    await drainOutbox();
    const query = parseSearchParams({ q: "Zukunftswerkstatt" });
    expect((await searchOffers(query, "de")).hits.map((h) => h.id)).not.toContain(id);

    const review = await getRevisionForReview(reviewer, saved.revisionId);
    expect(review).toMatchObject({ baseVersion: 0, currentVersion: 0, published: null });
    expect(review.changes.map((c) => c.field)).toContain("description");

    expect(await approveRevision(reviewer, saved.revisionId)).toEqual({ id, version: 1 });
    expect(await getPublicOffer(id)).toMatchObject({ name: "Neue Sprechstunde Zukunftswerkstatt" });
    await drainOutbox();
    expect((await searchOffers(query, "de")).hits.map((h) => h.id)).toContain(id);
    expect(await offersIndex().getDocument(id)).toMatchObject({ name: "Neue Sprechstunde Zukunftswerkstatt" });
  });

  it("can only be added to the person's own organisation, by providers and reviewers", async () => {
    await expect(createOffer(provider, { organizationId: OTHER_ORG_ID, name: "Fremd" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createOffer(partner, { organizationId: ORG_ID, name: "Partner" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOffer(null, { organizationId: ORG_ID, name: "Anonym" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await createOffer(provider, { organizationId: ORG_ID, name: " " })).toEqual({ ok: false, error: "required" });
    expect(await createOffer(provider, { organizationId: ORG_ID, name: "x".repeat(201) })).toEqual({ ok: false, error: "too_long" });
    expect(await createOffer(provider, { organizationId: "kein-uuid", name: "Name" })).toEqual({ ok: false, error: "organization" });
    expect(await db.service.count({ where: { name: { in: ["Fremd", "Partner", "Anonym", "Name"] } } })).toBe(0);
    const byReviewer = await createOffer(reviewer, { organizationId: OTHER_ORG_ID, name: "Von der Stadt angelegt" });
    expect(byReviewer.ok).toBe(true);
  });

  it("can be discarded with its drafts before its first publication, only by whoever may edit it", async () => {
    const created = await createOffer(provider, { organizationId: ORG_ID, name: "Versehentlich angelegt" });
    if (!created.ok) throw new Error(created.error);
    const id = created.id;
    const saved = await submitOfferForm(provider, id, await offerForm(provider, id, { description: "Ein Entwurf, der nie erscheint." }));
    expect(saved.ok).toBe(true);

    await expect(discardNewOffer(otherProvider, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(discardNewOffer(partner, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(discardNewOffer(null, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(discardNewOffer(provider, "kein-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.service.count({ where: { id } })).toBe(1);
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(1);

    expect(await discardNewOffer(provider, id)).toBe(true);
    expect(await db.service.count({ where: { id } })).toBe(0);
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(0);
    expect((await listMyOffers(provider)).map((o) => o.id)).not.toContain(id);
  });

  it("is never deleted once published, not even by a reviewer", async () => {
    const id = await publishTestOffer(db, offerData({ name: "Schon veröffentlicht" }));
    expect(await discardNewOffer(provider, id)).toBe(false);
    expect(await discardNewOffer(reviewer, id)).toBe(false);
    expect(await db.service.findUnique({ where: { id }, select: { version: true } })).toEqual({ version: 1 });

    const byReviewer = await createOffer(reviewer, { organizationId: OTHER_ORG_ID, name: "Von der Stadt verworfen" });
    if (!byReviewer.ok) throw new Error(byReviewer.error);
    expect(await discardNewOffer(reviewer, byReviewer.id)).toBe(true);
    expect(await db.service.count({ where: { id: byReviewer.id } })).toBe(0);
  });
});
