import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { assertCanEditOffer, NotFoundError, offerScope, organizationScope } from "../../server/authz";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";

const { db } = setupTestDatabase();

let own: string;
let foreign: string;
let provider: Awaited<ReturnType<typeof createUser>>;

const publish = (data: ReturnType<typeof offerData>) => publishTestOffer(db, data);

beforeAll(async () => {
  await createReferenceData(db);
  own = await publish(offerData({ name: "Eigenes Angebot" }));
  foreign = await publish(offerData({ name: "Fremdes Angebot", organizationId: OTHER_ORG_ID }));
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
});

const idsIn = async (where: object) => (await db.service.findMany({ where, select: { id: true } })).map((s) => s.id).sort();

describe("offerScope", () => {
  it("limits a provider to its organisations' offers", async () => {
    expect(await idsIn(offerScope(provider))).toEqual([own]);
    const both = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID, OTHER_ORG_ID] });
    expect(await idsIn(offerScope(both))).toEqual([own, foreign].sort());
  });

  it("gives a provider without organisation, and a network partner, nothing to edit", async () => {
    const lonely = await createUser(db, { role: "PROVIDER" });
    const partner = await createUser(db, { role: "NETWORK_PARTNER", organizationIds: [ORG_ID] });
    expect(await idsIn(offerScope(lonely))).toEqual([]);
    expect(await idsIn(offerScope(partner))).toEqual([]);
  });

  it("gives reviewers and admins every offer", async () => {
    for (const role of ["REVIEWER", "ADMIN"] as const) {
      expect(await idsIn(offerScope(await createUser(db, { role })))).toEqual([own, foreign].sort());
    }
  });

  it("combines with other conditions without widening them", async () => {
    expect(await idsIn({ AND: [{ name: "Fremdes Angebot" }, offerScope(provider)] })).toEqual([]);
  });
});

describe("organizationScope", () => {
  it("lists a provider's own organisations only, all for reviewers", async () => {
    const orgs = async (where: object) => (await db.organization.findMany({ where, select: { id: true } })).map((o) => o.id).sort();
    expect(await orgs(organizationScope(provider))).toEqual([ORG_ID]);
    expect(await orgs(organizationScope(await createUser(db, { role: "REVIEWER" })))).toEqual([ORG_ID, OTHER_ORG_ID].sort());
    expect(await orgs(organizationScope(await createUser(db, { role: "NETWORK_PARTNER" })))).toEqual([]);
  });
});

describe("assertCanEditOffer", () => {
  it("returns the provider's own offer", async () => {
    expect(await assertCanEditOffer(provider, own)).toEqual({ id: own, organizationId: ORG_ID });
  });

  it("answers 'not found' for another provider's offer, exactly as for one that does not exist", async () => {
    const outside = await assertCanEditOffer(provider, foreign).catch((e) => e);
    const missing = await assertCanEditOffer(provider, randomUUID()).catch((e) => e);
    expect(outside).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(outside.constructor).toBe(missing.constructor);
  });

  it("refuses malformed ids without asking the database to parse them", async () => {
    for (const id of ["", "not-a-uuid", "' OR 1=1 --", `${own} `]) {
      await expect(assertCanEditOffer(provider, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("stops working as soon as the membership is removed", async () => {
    const member = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
    const { loadSessionUser } = await import("../../server/auth/session-user");
    const before = await loadSessionUser(member.id);
    expect(await assertCanEditOffer(before!, own)).toMatchObject({ id: own });
    await db.membership.deleteMany({ where: { userId: member.id } });
    const after = await loadSessionUser(member.id);
    expect(after!.organizationIds).toEqual([]);
    await expect(assertCanEditOffer(after!, own)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets reviewers and admins edit any offer, and nobody else outside their scope", async () => {
    const reviewer = await createUser(db, { role: "REVIEWER" });
    expect(await assertCanEditOffer(reviewer, foreign)).toMatchObject({ id: foreign });
    const partner = await createUser(db, { role: "NETWORK_PARTNER", organizationIds: [ORG_ID] });
    await expect(assertCanEditOffer(partner, own)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("loads no disabled user into a session", async () => {
    const { loadSessionUser } = await import("../../server/auth/session-user");
    const disabled = await createUser(db, { role: "ADMIN", disabled: true });
    expect(await loadSessionUser(disabled.id)).toBeNull();
    expect(await loadSessionUser("not-a-uuid")).toBeNull();
  });
});
