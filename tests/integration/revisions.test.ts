import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { readOfferData } from "../../server/offers/store";
import { StaleRevisionError } from "../../server/revisions/errors";
import { approveRevision, rejectRevision } from "../../server/revisions/mutations";
import { getOfferForEdit, getRevisionForReview, listHistory, listMyOffers, listReviewQueue } from "../../server/revisions/queries";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, type createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let otherProvider: User;
let reviewer: User;
let partner: User;

const publish = (data: ReturnType<typeof offerData>) => publishTestOffer(db, data);

/** The provider's edit form for an offer, with some fields changed. */
const form = (offerId: string, changes: Record<string, string | string[] | null> = {}) => offerForm(provider, offerId, changes);
/** A provider's submission: a revision, never a publication. */
async function saveDraft(...args: Parameters<typeof submitOfferForm>) {
  const result = await submitOfferForm(...args);
  if (result.ok && !result.revisionId) throw new Error("published instead of drafted");
  return result.ok ? { ok: true as const, revisionId: result.revisionId! } : result;
}

beforeAll(async () => {
  await createReferenceData(db);
  ({ provider, otherProvider, reviewer, partner } = await createRoleUsers(db));
});

describe("a provider's change and its review", () => {
  it("keeps the published offer until approval, then publishes a new version with history and outbox row", async () => {
    const id = await publish(offerData({ name: "Beratung Alt" }));
    const saved = await saveDraft(provider, id, await form(id, { description: "Neue Beschreibung mit Sprechstunde.", "phones[0].number": "03691 777888" }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;

    const published = await readOfferData(db, id);
    expect(published?.description).toBe("Hilfe bei Schulden und Verbraucherinsolvenz.");
    expect((await db.service.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    expect((await listMyOffers(provider)).find((o) => o.id === id)?.latest?.state).toBe("SUBMITTED");

    expect((await listReviewQueue(reviewer)).map((r) => r.id)).toContain(saved.revisionId);
    const review = await getRevisionForReview(reviewer, saved.revisionId);
    expect(review.changes.map((c) => c.field)).toEqual(["description", "phones[0].number"]);
    expect(review.changes[0]).toMatchObject({ before: "Hilfe bei Schulden und Verbraucherinsolvenz.", after: "Neue Beschreibung mit Sprechstunde." });

    const outboxBefore = await db.outboxEvent.count({ where: { serviceId: id } });
    expect(await approveRevision(reviewer, saved.revisionId)).toEqual({ id, version: 2 });
    expect((await readOfferData(db, id))?.description).toBe("Neue Beschreibung mit Sprechstunde.");
    expect((await readOfferData(db, id))?.phones[0]?.number).toBe("03691 777888");
    expect(await db.outboxEvent.count({ where: { serviceId: id } })).toBe(outboxBefore + 1);
    const row = await db.serviceRevision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(row).toMatchObject({ state: "APPROVED", reviewerId: reviewer.id });

    const history = await listHistory(provider, id);
    expect(history.entries[0]).toMatchObject({ version: 2, source: "APPROVAL" });
    const version = await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id, version: 2 } });
    expect(version).toMatchObject({ actorId: reviewer.id, revisionId: saved.revisionId });
    // Decided: no longer in the queue, cannot be approved twice.
    await expect(approveRevision(reviewer, saved.revisionId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("takes id and organisation from the stored offer, never from the form", async () => {
    const id = await publish(offerData());
    const values = await form(id, { id: "00000000-0000-4000-8000-000000000000", organizationId: OTHER_ORG_ID });
    const saved = await saveDraft(provider, id, values);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const row = await db.serviceRevision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(row.data).toMatchObject({ id, organizationId: ORG_ID });
  });

  it("answers field errors and stores nothing when the form is invalid", async () => {
    const id = await publish(offerData());
    const result = await saveDraft(provider, id, await form(id, { name: " ", url: "javascript:alert(1)", email: "kein-at" }));
    expect(result).toEqual({ ok: false, fieldErrors: { name: ["required"], url: ["invalid"], email: ["invalid"] } });
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(0);
  });

  it("stores HTML in a text field as text", async () => {
    const id = await publish(offerData());
    const html = '<script>alert("x")</script><b>fett</b> & mehr';
    const saved = await saveDraft(provider, id, await form(id, { description: html }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await getRevisionForReview(reviewer, saved.revisionId)).draft.description).toBe(html);
    await approveRevision(reviewer, saved.revisionId);
    expect((await readOfferData(db, id))?.description).toBe(html);
  });

  it("updates the provider's open revision instead of adding a second", async () => {
    const id = await publish(offerData());
    const first = await saveDraft(provider, id, await form(id, { name: "Erster Versuch" }));
    const second = await saveDraft(provider, id, await form(id, { name: "Zweiter Versuch" }));
    expect(first.ok && second.ok && first.revisionId === second.revisionId).toBe(true);
    expect((await getOfferForEdit(provider, id)).defaults.name).toBe("Zweiter Versuch");
  });

  it("refuses a revision whose offer was published again since (stale baseVersion)", async () => {
    const id = await publish(offerData());
    const saved = await saveDraft(provider, id, await form(id, { name: "Veraltete Änderung" }));
    if (!saved.ok) throw new Error("draft not saved");
    await publish({ ...offerData(), id, name: "Inzwischen neu importiert" });
    await expect(approveRevision(reviewer, saved.revisionId)).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await readOfferData(db, id))?.name).toBe("Inzwischen neu importiert");
    expect((await db.serviceRevision.findUniqueOrThrow({ where: { id: saved.revisionId } })).state).toBe("SUBMITTED");
    expect(await db.serviceVersion.count({ where: { serviceId: id } })).toBe(2);
  });

  it("sends a revision back with a comment of 3 to 2000 characters", async () => {
    const id = await publish(offerData());
    const saved = await saveDraft(provider, id, await form(id, { name: "Wird zurückgegeben" }));
    if (!saved.ok) throw new Error("draft not saved");
    expect(await rejectRevision(reviewer, saved.revisionId, "ok")).toEqual({ ok: false, error: "too_short" });
    expect(await rejectRevision(reviewer, saved.revisionId, "x".repeat(2001))).toEqual({ ok: false, error: "too_long" });
    expect(await rejectRevision(reviewer, saved.revisionId, "Bitte Telefonnummer prüfen.")).toEqual({ ok: true });
    const row = await db.serviceRevision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(row).toMatchObject({ state: "REJECTED", reviewComment: "Bitte Telefonnummer prüfen.", reviewerId: reviewer.id });
    expect((await getOfferForEdit(provider, id)).rejectedComment).toBe("Bitte Telefonnummer prüfen.");
    expect((await readOfferData(db, id))?.name).toBe("Schuldnerberatung Test");
  });
});

describe("who may do what", () => {
  it("gives another organisation's provider 'not found' for saving, editing and the history", async () => {
    const id = await publish(offerData());
    const values = await form(id, { name: "Übernahme" });
    await expect(saveDraft(otherProvider, id, values)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOfferForEdit(otherProvider, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listHistory(otherProvider, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyOffers(otherProvider)).map((o) => o.id)).not.toContain(id);
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(0);
  });

  it("keeps the draft and the review functions from providers, partners and anonymous callers", async () => {
    const id = await publish(offerData());
    const saved = await saveDraft(provider, id, await form(id, { name: "Geheim" }));
    if (!saved.ok) throw new Error("draft not saved");
    for (const user of [provider, otherProvider, partner, null]) {
      await expect(getRevisionForReview(user, saved.revisionId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveRevision(user, saved.revisionId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(rejectRevision(user, saved.revisionId, "Abgelehnt.")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listReviewQueue(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(saveDraft(null, id, await form(id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft(partner, id, await form(id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listHistory(null, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listHistory(partner, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.serviceRevision.findUniqueOrThrow({ where: { id: saved.revisionId } })).state).toBe("SUBMITTED");
  });

  it("answers 'not found' for malformed revision ids", async () => {
    await expect(getRevisionForReview(reviewer, "' OR 1=1 --")).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveRevision(reviewer, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
