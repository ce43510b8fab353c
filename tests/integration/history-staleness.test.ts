import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { addMonths, berlinDate, confirmOffer, getMyVerifications, listStaleOffers } from "../../server/offers/staleness";
import { readOfferData } from "../../server/offers/store";
import { diffOffers } from "../../server/revisions/diff";
import { approveRevision, submitRevision } from "../../server/revisions/mutations";
import { listHistory } from "../../server/revisions/queries";
import { restoreVersion } from "../../server/revisions/restore";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, type createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let otherProvider: User;
let reviewer: User;
let partner: User;

const BOGUS_ID = "00000000-0000-4000-8000-000000000000";

const publish = (data: ReturnType<typeof offerData>) => publishTestOffer(db, data);

/** An offer with two versions: "Fassung Eins" (confirmed in January), then "Fassung Zwei" (confirmed in June). */
async function offerWithTwoVersions() {
  const first = offerData({ name: "Fassung Eins", description: "Alte Beschreibung.", lastVerifiedAt: "2026-01-10" });
  await publish(first);
  await publish({ ...first, name: "Fassung Zwei", description: "Neue Beschreibung.", lastVerifiedAt: "2026-06-01" });
  return first.id;
}

const counts = async (id: string) => ({
  versions: await db.serviceVersion.count({ where: { serviceId: id } }),
  revisions: await db.serviceRevision.count({ where: { serviceId: id } }),
  outbox: await db.outboxEvent.count({ where: { serviceId: id } }),
});

const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await createReferenceData(db);
  ({ provider, otherProvider, reviewer, partner } = await createRoleUsers(db));
});

describe("restoring an earlier version", () => {
  it("by a provider submits the old content for review and leaves the published offer as it is", async () => {
    const id = await offerWithTwoVersions();
    const before = await counts(id);
    const result = await restoreVersion(provider, id, 1);
    expect(result.kind).toBe("submitted");
    if (result.kind !== "submitted") return;

    const revision = await db.serviceRevision.findUniqueOrThrow({ where: { id: result.revisionId } });
    expect(revision).toMatchObject({ state: "SUBMITTED", authorId: provider.id, baseVersion: 2 });
    // The old content, but the newer confirmation date: restoring text is not a confirmation.
    expect(revision.data).toMatchObject({ id, organizationId: ORG_ID, name: "Fassung Eins", description: "Alte Beschreibung.", lastVerifiedAt: "2026-06-01" });

    const published = await readOfferData(db, id);
    expect(published).toMatchObject({ name: "Fassung Zwei", description: "Neue Beschreibung.", lastVerifiedAt: "2026-06-01" });
    expect(await counts(id)).toEqual({ ...before, revisions: before.revisions + 1 });

    // The reviewer approves it like any change: then it is public.
    await approveRevision(reviewer, result.revisionId);
    expect((await readOfferData(db, id))?.name).toBe("Fassung Eins");
  });

  it("by a reviewer publishes version n+1 with the old content, keeping the current confirmation date", async () => {
    const id = await offerWithTwoVersions();
    const before = await counts(id);
    expect(await restoreVersion(reviewer, id, 1)).toEqual({ kind: "published", version: 3 });

    expect(await readOfferData(db, id)).toMatchObject({ name: "Fassung Eins", description: "Alte Beschreibung.", lastVerifiedAt: "2026-06-01" });
    expect(await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id, version: 3 } })).toMatchObject({ source: "RESTORE", actorId: reviewer.id });
    expect(await counts(id)).toEqual({ versions: before.versions + 1, revisions: before.revisions, outbox: before.outbox + 1 });

    const history = await listHistory(provider, id);
    expect(history.entries.map((e) => [e.version, e.source, e.current])).toEqual([
      [3, "RESTORE", true],
      [2, "IMPORT", false],
      [1, "IMPORT", false],
    ]);
    expect(history.entries[0]!.changes).toEqual([
      { field: "name", before: "Fassung Zwei", after: "Fassung Eins" },
      { field: "description", before: "Neue Beschreibung.", after: "Alte Beschreibung." },
    ]);
    expect(history.entries[0]!.actor).toBe(reviewer.email);
    expect(history.entries[1]!.changes?.map((c) => c.field)).toEqual(["name", "description", "lastVerifiedAt"]);
    expect(history.entries[2]!.changes).toBeNull(); // the first publication
  });

  it("takes id and organisation from the stored offer, never from the old snapshot", async () => {
    const id = await offerWithTwoVersions();
    // As if the snapshot named another organisation (e.g. the offer changed hands since).
    const v1 = await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id, version: 1 } });
    await db.serviceVersion.update({ where: { id: v1.id }, data: { data: { ...(v1.data as object), id: BOGUS_ID, organizationId: OTHER_ORG_ID } } });
    await restoreVersion(reviewer, id, 1);
    expect(await readOfferData(db, id)).toMatchObject({ id, organizationId: ORG_ID, name: "Fassung Eins" });
    expect(await db.service.count({ where: { id: BOGUS_ID } })).toBe(0);
  });

  it("does nothing when the version says what the published one says", async () => {
    const id = await offerWithTwoVersions();
    const before = await counts(id);
    expect(await restoreVersion(reviewer, id, 2)).toEqual({ kind: "unchanged" });
    expect(await restoreVersion(provider, id, 2)).toEqual({ kind: "unchanged" });
    expect(await counts(id)).toEqual(before);
  });

  it("shows who wrote an approved change and who approved it", async () => {
    const id = await offerWithTwoVersions();
    const current = (await readOfferData(db, id))!;
    const { revisionId } = await submitRevision(provider, id, { ...current, name: "Vom Träger geändert" });
    await approveRevision(reviewer, revisionId);
    const [latest] = (await listHistory(provider, id)).entries;
    expect(latest).toMatchObject({ source: "APPROVAL", author: provider.email, actor: reviewer.email, current: true });
    expect(latest!.changes).toEqual([{ field: "name", before: "Fassung Zwei", after: "Vom Träger geändert" }]);
  });
});

describe("keeping offers current", () => {
  it("confirming publishes a new version with today's date and an outbox row, nothing else changed", async () => {
    const id = await publish(offerData({ lastVerifiedAt: addMonths(berlinDate(), -7) }));
    const published = (await readOfferData(db, id))!;
    const before = await counts(id);

    const today = berlinDate();
    const result = await confirmOffer(provider, id);
    expect(result).toEqual({ id, version: 2, unchanged: false });

    const after = (await readOfferData(db, id))!;
    expect([today, berlinDate()]).toContain(after.lastVerifiedAt);
    expect(diffOffers(published, after).filter((c) => c.field !== "lastVerifiedAt")).toEqual([]);
    expect(await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id, version: 2 } })).toMatchObject({ source: "CONFIRMATION", actorId: provider.id });
    expect(await counts(id)).toEqual({ versions: before.versions + 1, revisions: before.revisions, outbox: before.outbox + 1 });
    expect(await db.outboxEvent.findFirst({ where: { serviceId: id, version: 2 } })).not.toBeNull();

    // A second click the same day adds no version.
    expect(await confirmOffer(provider, id)).toEqual({ id, version: 2, unchanged: true });
    expect((await counts(id)).versions).toBe(before.versions + 1);
    expect((await listHistory(provider, id)).entries[0]!.changes?.map((c) => c.field)).toEqual(["lastVerifiedAt"]);
  });

  it("moves a change waiting for review onto the confirmed version, so it can still be approved", async () => {
    const id = await publish(offerData({ lastVerifiedAt: "2025-01-01" }));
    const current = (await readOfferData(db, id))!;
    const { revisionId } = await submitRevision(provider, id, { ...current, name: "Geändert während der Prüfung" });
    await confirmOffer(provider, id, { today: "2026-11-20" });

    const revision = await db.serviceRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision.baseVersion).toBe(2);
    expect(revision.data).toMatchObject({ name: "Geändert während der Prüfung", lastVerifiedAt: "2026-11-20" });
    expect(await approveRevision(reviewer, revisionId)).toEqual({ id, version: 3 });
    expect(await readOfferData(db, id)).toMatchObject({ name: "Geändert während der Prüfung", lastVerifiedAt: "2026-11-20" });
  });

  it("lists stale offers oldest first (never confirmed first), in scope, after STALE_AFTER_MONTHS (default 6)", async () => {
    const today = berlinDate();
    const sevenMonths = await publish(offerData({ name: "Sieben Monate alt", lastVerifiedAt: addMonths(today, -7) }));
    const yesterday = await publish(offerData({ name: "Gestern bestätigt", lastVerifiedAt: shiftDays(today, -1) }));
    const never = await publish(offerData({ name: "Nie bestätigt", lastVerifiedAt: null }));
    const sixMonths = await publish(offerData({ name: "Genau sechs Monate", lastVerifiedAt: addMonths(today, -6) }));
    const almostSix = await publish(offerData({ name: "Fast sechs Monate", lastVerifiedAt: shiftDays(addMonths(today, -6), 1) }));
    const closed = await publish(offerData({ name: "Geschlossen", status: "defunct", lastVerifiedAt: "2020-01-01" }));
    const otherOrg = await publish(offerData({ organizationId: OTHER_ORG_ID, name: "Anderer Träger", lastVerifiedAt: "2021-01-01" }));
    const mine = [sevenMonths, yesterday, never, sixMonths, closed];

    const ids = (list: { id: string }[]) => list.map((o) => o.id).filter((id) => [...mine, almostSix, otherOrg].includes(id));
    expect(ids(await listStaleOffers(reviewer))).toEqual([never, otherOrg, sevenMonths, sixMonths]);
    expect(ids(await listStaleOffers(provider))).toEqual([never, sevenMonths, sixMonths]);
    expect(ids(await listStaleOffers(otherProvider))).toEqual([otherOrg]);
    // The period is a parameter (the env value is only the default).
    expect(ids(await listStaleOffers(reviewer, { months: 12 }))).toEqual([never, otherOrg]);
    expect(ids(await listStaleOffers(reviewer, { months: 1 }))).toEqual([never, otherOrg, sevenMonths, sixMonths, almostSix]);

    const seven = (await listStaleOffers(reviewer)).find((o) => o.id === sevenMonths)!;
    expect(seven).toMatchObject({ organization: "Testträger e. V.", stale: true, monthsOverdue: 1, lastVerifiedAt: addMonths(today, -7) });

    const dashboard = await getMyVerifications(provider);
    expect(dashboard.byOffer.get(yesterday)).toMatchObject({ stale: false, monthsOverdue: null });
    expect(dashboard.byOffer.get(closed)?.stale).toBe(false);
    expect(dashboard.byOffer.has(otherOrg)).toBe(false);
    expect(dashboard.stale.map((o) => o.id).filter((id) => mine.includes(id))).toEqual([never, sevenMonths, sixMonths]);

    // Confirming takes it off the list.
    await confirmOffer(provider, sevenMonths);
    expect(ids(await listStaleOffers(provider))).toEqual([never, sixMonths]);
  });
});

describe("who may restore and confirm", () => {
  it("gives another organisation's provider 'not found', for real and for made-up ids, and changes nothing", async () => {
    const id = await offerWithTwoVersions();
    const before = await counts(id);
    for (const offerId of [id, BOGUS_ID, "' OR 1=1 --"]) {
      await expect(restoreVersion(otherProvider, offerId, 1)).rejects.toBeInstanceOf(NotFoundError);
      await expect(confirmOffer(otherProvider, offerId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listHistory(otherProvider, offerId)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Its own provider and a reviewer get "not found" for ids that do not exist.
    for (const user of [provider, reviewer]) {
      await expect(restoreVersion(user, BOGUS_ID, 1)).rejects.toBeInstanceOf(NotFoundError);
      await expect(confirmOffer(user, BOGUS_ID)).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreVersion(user, id, 99)).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreVersion(user, id, -1)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts(id)).toEqual(before);
    expect((await readOfferData(db, id))?.name).toBe("Fassung Zwei");
  });

  it("refuses anonymous callers and network partners", async () => {
    const id = await offerWithTwoVersions();
    const before = await counts(id);
    for (const user of [null, partner]) {
      await expect(restoreVersion(user, id, 1)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(confirmOffer(user, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listStaleOffers(user)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getMyVerifications(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listHistory(null, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts(id)).toEqual(before);
  });
});
