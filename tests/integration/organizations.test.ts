import { parseWithZod } from "@conform-to/zod/v4";
import { beforeAll, describe, expect, it } from "vitest";
import { offersIndex } from "../../search/client";
import { ensureIndex } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { publishOffer } from "../../server/offers/publish";
import { queueOrganizationOffers } from "../../server/offers/reindex-offers";
import { StaleOrganizationRevisionError } from "../../server/organizations/errors";
import { approveOrganizationRevision, rejectOrganizationRevision, saveOrganizationEdit } from "../../server/organizations/mutations";
import {
  getOrganizationForEdit,
  getOrganizationRevisionForReview,
  listMyOrganizations,
  listOrganizationReviewQueue,
} from "../../server/organizations/queries";
import { organizationDataSchema } from "../../server/organizations/schema";
import type { RevisionUser } from "../../server/revisions/mutations";
import { formErrorCodes, formErrorMap } from "../../server/revisions/form";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, offerData, ORG_ID, OTHER_ORG_ID } from "../setup/fixtures";

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let colleague: User;
let otherProvider: User;
let reviewer: User;
let partner: User;

/** A third organisation per test, so tests do not see each other's revisions and names. */
async function newOrganization(fields: { name?: string; providerType?: string; legalStatus?: string } = {}) {
  const org = await db.organization.create({ data: { name: fields.name ?? "Familienhilfe Test e. V.", ...fields }, select: { id: true } });
  await db.membership.createMany({ data: [provider, colleague].map((u) => ({ userId: u.id, organizationId: org.id })) });
  const members = { provider: { ...provider, organizationIds: [...provider.organizationIds, org.id] }, colleague: { ...colleague, organizationIds: [...colleague.organizationIds, org.id] } };
  return { id: org.id, ...members };
}

/** What the server action does with a posted form: parse it with the form schema, then save. */
async function submitForm(user: RevisionUser | null, organizationId: string, fields: Record<string, string>, opts: { publish?: boolean } = {}) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const submission = parseWithZod(fd, { schema: organizationDataSchema, error: formErrorMap, formatError: formErrorCodes });
  if (submission.status !== "success") return { ok: false as const, fieldErrors: submission.error ?? {} };
  return saveOrganizationEdit(user, organizationId, submission.value, opts);
}

const details = { name: "Familienhilfe Test e. V.", description: "Beratung für Familien.", email: "info@familienhilfe.invalid", website: "https://familienhilfe.invalid" };

async function submitted(user: RevisionUser, organizationId: string, fields: Record<string, string> = details) {
  const result = await submitForm(user, organizationId, fields);
  if (!result.ok || result.published) throw new Error(`expected a submitted revision, got ${JSON.stringify(result)}`);
  return result.revisionId;
}

const stored = (id: string) => db.organization.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await createReferenceData(db);
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  colleague = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  otherProvider = await createUser(db, { role: "PROVIDER", organizationIds: [OTHER_ORG_ID] });
  reviewer = await createUser(db, { role: "REVIEWER" });
  partner = await createUser(db, { role: "NETWORK_PARTNER", organizationIds: [ORG_ID] });
  await ensureIndex();
});

describe("a provider's change to their organisation", () => {
  it("is a submitted revision; the organisation stays as it is until a reviewer approves", async () => {
    const org = await newOrganization();
    const before = await stored(org.id);
    const revisionId = await submitted(org.provider, org.id, { ...details, description: "Neue Beschreibung mit Sprechzeiten." });

    expect(await db.organizationRevision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({
      state: "SUBMITTED",
      authorId: provider.id,
      organizationId: org.id,
      baseUpdatedAt: before.updatedAt,
    });
    expect(await stored(org.id)).toEqual(before);
    expect((await getOrganizationForEdit(org.provider, org.id)).defaults.description).toBe("Neue Beschreibung mit Sprechzeiten.");
    expect((await getOrganizationForEdit(org.provider, org.id)).pending).toBe(true);
    // A colleague of the same organisation still sees the stored details.
    expect((await getOrganizationForEdit(org.colleague, org.id)).defaults.description).toBeUndefined();
    expect((await listMyOrganizations(org.provider)).find((o) => o.id === org.id)?.latest?.state).toBe("SUBMITTED");

    // Saving again changes the same open revision rather than adding another one.
    expect(await submitted(org.provider, org.id, { ...details, description: "Zweite Fassung." })).toBe(revisionId);
    expect(await db.organizationRevision.count({ where: { organizationId: org.id } })).toBe(1);

    expect((await listOrganizationReviewQueue(reviewer)).map((r) => r.id)).toContain(revisionId);
    const review = await getOrganizationRevisionForReview(reviewer, revisionId);
    expect(review.stale).toBe(false);
    expect(review.changes).toEqual([
      { field: "description", before: null, after: "Zweite Fassung." },
      { field: "email", before: null, after: "info@familienhilfe.invalid" },
      { field: "website", before: null, after: "https://familienhilfe.invalid" },
    ]);

    await approveOrganizationRevision(reviewer, revisionId);
    expect(await stored(org.id)).toMatchObject({ description: "Zweite Fassung.", email: "info@familienhilfe.invalid", website: "https://familienhilfe.invalid" });
    expect(await db.organizationRevision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({ state: "APPROVED", reviewerId: reviewer.id });
    // Decided: out of the queue, kept as history, cannot be decided again.
    expect((await listOrganizationReviewQueue(reviewer)).map((r) => r.id)).not.toContain(revisionId);
    expect((await getOrganizationForEdit(org.provider, org.id)).history.map((h) => h.state)).toEqual(["APPROVED"]);
    await expect(approveOrganizationRevision(reviewer, revisionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rejectOrganizationRevision(reviewer, revisionId, "Zu spät.")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("re-indexes the organisation's offers on approval, so search shows the new name", async () => {
    const stop = startOutboxWorker({ log: () => {}, pollMs: 60_000 });
    try {
      const offer = offerData({ organizationId: ORG_ID, name: "Schuldnerberatung Umbenennungstest" });
      await db.$transaction((tx) => publishOffer(tx, offer, { source: "IMPORT" }));
      const docOf = () => offersIndex().getDocument(offer.id).catch(() => null);
      await expect.poll(async () => (await docOf())?.organizationName, { timeout: 5_000 }).toBe("Testträger e. V.");

      const revisionId = await submitted(provider, ORG_ID, { name: "Testträger Neuname e. V." });
      await approveOrganizationRevision(reviewer, revisionId);
      // The worker polls only every minute here: it is the NOTIFY of the approval that wakes it.
      await expect.poll(async () => (await docOf())?.organizationName, { timeout: 5_000 }).toBe("Testträger Neuname e. V.");
      const hits = await offersIndex().search("Neuname");
      expect(hits.hits.map((h) => h.id)).toContain(offer.id);
      // The offer's version and history are untouched: only its document was refreshed.
      expect((await docOf())?.version).toBe(1);
      expect(await db.serviceVersion.count({ where: { serviceId: offer.id } })).toBe(1);
    } finally {
      await stop();
    }
  });

  it("queues every published offer of the organisation and nothing else", async () => {
    const org = await newOrganization();
    const published = offerData({ organizationId: org.id });
    const elsewhere = offerData({ organizationId: OTHER_ORG_ID });
    for (const o of [published, elsewhere]) await db.$transaction((tx) => publishOffer(tx, o, { source: "IMPORT" }));
    const maxBefore = (await db.outboxEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    expect(await db.$transaction((tx) => queueOrganizationOffers(tx, org.id))).toBe(1);
    const rows = await db.outboxEvent.findMany({ where: { id: { gt: maxBefore } } });
    expect(rows.map((r) => [r.serviceId, r.version])).toEqual([[published.id, 1]]);
  });
});

describe("who may edit an organisation", () => {
  it("gives another provider's organisation as not found, for reading and for saving", async () => {
    await expect(getOrganizationForEdit(otherProvider, ORG_ID)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitForm(otherProvider, ORG_ID, { name: "Übernommen" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganizationForEdit(provider, OTHER_ORG_ID)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitForm(provider, OTHER_ORG_ID, { name: "Übernommen" })).rejects.toBeInstanceOf(NotFoundError);
    // An id that does not exist, and one that is not an id, look just the same.
    await expect(submitForm(provider, "00000000-0000-4000-8000-000000000000", { name: "X" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganizationForEdit(provider, "../etc")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.organizationRevision.count({ where: { organizationId: OTHER_ORG_ID } })).toBe(0);
    expect((await stored(OTHER_ORG_ID)).name).toBe("Anderer Träger gGmbH");
    expect((await listMyOrganizations(provider)).map((o) => o.id)).not.toContain(OTHER_ORG_ID);
  });

  it("refuses nobody signed in and network partners, even of the same organisation", async () => {
    await expect(submitForm(null, ORG_ID, { name: "Anonym" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganizationForEdit(null, ORG_ID)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitForm(partner, ORG_ID, { name: "Partner" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganizationForEdit(partner, ORG_ID)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listMyOrganizations(partner)).toEqual([]);
    expect(await db.organizationRevision.count({ where: { authorId: partner.id } })).toBe(0);
  });

  it("lets providers neither publish directly nor decide on revisions", async () => {
    const org = await newOrganization();
    await expect(submitForm(org.provider, org.id, { name: "Sofort" }, { publish: true })).rejects.toBeInstanceOf(ForbiddenError);
    const revisionId = await submitted(org.provider, org.id);
    await expect(approveOrganizationRevision(org.colleague, revisionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rejectOrganizationRevision(org.provider, revisionId, "Selbst abgelehnt.")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOrganizationReviewQueue(org.provider)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganizationRevisionForReview(partner, revisionId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await stored(org.id)).name).toBe("Familienhilfe Test e. V.");
  });
});

describe("the city's fields", () => {
  it("ignores legal status and provider type sent by a provider, before and after approval", async () => {
    const org = await newOrganization({ providerType: "kirchlich", legalStatus: "e. V." });
    const revisionId = await submitted(org.provider, org.id, { ...details, providerType: "kommunal", legalStatus: "GmbH" });
    expect((await db.organizationRevision.findUniqueOrThrow({ where: { id: revisionId } })).data).toMatchObject({ providerType: "kirchlich", legalStatus: "e. V." });
    expect((await getOrganizationRevisionForReview(reviewer, revisionId)).changes.map((c) => c.field)).not.toContain("providerType");
    await approveOrganizationRevision(reviewer, revisionId);
    expect(await stored(org.id)).toMatchObject({ providerType: "kirchlich", legalStatus: "e. V.", description: details.description });
  });

  it("lets a reviewer change them and publish at once, kept as an approved revision", async () => {
    const org = await newOrganization({ providerType: "kirchlich" });
    const result = await submitForm(reviewer, org.id, { ...details, providerType: "freier Träger" }, { publish: true });
    expect(result).toMatchObject({ ok: true, published: true });
    expect(await stored(org.id)).toMatchObject({ providerType: "freier Träger", email: details.email });
    const history = (await getOrganizationForEdit(org.provider, org.id)).history;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ state: "APPROVED", author: reviewer.email, reviewer: reviewer.email });
  });
});

describe("deciding on a revision", () => {
  it("refuses a stale approval: the organisation changed after the draft was made", async () => {
    const org = await newOrganization();
    const revisionId = await submitted(org.provider, org.id, { ...details, description: "Fassung des Trägers." });
    await submitForm(reviewer, org.id, { ...details, name: "Familienhilfe Stadt e. V.", description: "Fassung der Stadt." }, { publish: true });

    expect((await getOrganizationRevisionForReview(reviewer, revisionId)).stale).toBe(true);
    await expect(approveOrganizationRevision(reviewer, revisionId)).rejects.toBeInstanceOf(StaleOrganizationRevisionError);
    // Nothing of the stale draft was written, and it still waits (to be sent back).
    expect(await stored(org.id)).toMatchObject({ name: "Familienhilfe Stadt e. V.", description: "Fassung der Stadt." });
    expect((await db.organizationRevision.findUniqueOrThrow({ where: { id: revisionId } })).state).toBe("SUBMITTED");

    // Saving it again bases it on the current details; then it can be approved.
    expect(await submitted(org.provider, org.id, { ...details, name: "Familienhilfe Stadt e. V.", description: "Fassung des Trägers." })).toBe(revisionId);
    await approveOrganizationRevision(reviewer, revisionId);
    expect((await stored(org.id)).description).toBe("Fassung des Trägers.");
  });

  it("sends a revision back with a comment of 3 to 2,000 characters, shown to the provider", async () => {
    const org = await newOrganization();
    const revisionId = await submitted(org.provider, org.id);
    expect(await rejectOrganizationRevision(reviewer, revisionId, " a ")).toEqual({ ok: false, error: "too_short" });
    expect(await rejectOrganizationRevision(reviewer, revisionId, "x".repeat(2001))).toEqual({ ok: false, error: "too_long" });
    expect(await rejectOrganizationRevision(reviewer, revisionId, { toString: () => "kein Text" })).toEqual({ ok: false, error: "too_short" });
    expect(await rejectOrganizationRevision(reviewer, revisionId, "Bitte die Internetseite prüfen.")).toEqual({ ok: true });

    expect(await db.organizationRevision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({
      state: "REJECTED",
      reviewerId: reviewer.id,
      reviewComment: "Bitte die Internetseite prüfen.",
    });
    const view = await getOrganizationForEdit(org.provider, org.id);
    expect(view).toMatchObject({ pending: false, rejectedComment: "Bitte die Internetseite prüfen." });
    expect(view.history[0]).toMatchObject({ state: "REJECTED", comment: "Bitte die Internetseite prüfen." });
    expect((await stored(org.id)).description).toBeNull();
  });
});

describe("what is stored", () => {
  it("keeps HTML as the text typed (pages escape it)", async () => {
    const org = await newOrganization();
    const html = `<script>alert("x")</script><img src=x onerror=alert(1)> & "Beratung"`;
    const revisionId = await submitted(org.provider, org.id, { ...details, description: html, alternateName: "<b>FH</b>" });
    await approveOrganizationRevision(reviewer, revisionId);
    expect(await stored(org.id)).toMatchObject({ description: html, alternateName: "<b>FH</b>" });
  });

  it("answers too long or malformed input with an error at the field, and stores nothing", async () => {
    const org = await newOrganization();
    const result = await submitForm(org.provider, org.id, {
      name: "N".repeat(201),
      description: "D".repeat(4001),
      email: "keine-adresse",
      website: "javascript:alert(1)",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { name: ["too_long"], description: ["too_long"], email: ["invalid"], website: ["invalid"] },
    });
    expect(await submitForm(org.provider, org.id, { name: "   " })).toEqual({ ok: false, fieldErrors: { name: ["required"] } });
    // The domain checks on its own too, whatever a caller passes.
    expect(await saveOrganizationEdit(org.provider, org.id, { name: "N".repeat(201), website: "ftp://x.invalid" })).toEqual({
      ok: false,
      fieldErrors: { name: ["too_long"], website: ["invalid"] },
    });
    expect(await db.organizationRevision.count({ where: { organizationId: org.id } })).toBe(0);
    // At the limits, it is accepted.
    expect((await submitForm(org.provider, org.id, { name: "N".repeat(200), description: "D".repeat(4000) })).ok).toBe(true);
  });
});
