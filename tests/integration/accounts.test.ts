import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../server/auth/authenticate";
import { authOptions } from "../../server/auth/options";
import { hashPassword } from "../../server/auth/password";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { acceptInvitation, getInvitation } from "../../server/users/accept-invitation";
import { addMembership, removeMembership, setAccountDisabled } from "../../server/users/admin-mutations";
import { listAccounts, listOrganizationChoices } from "../../server/users/admin-queries";
import { createInvitation, listOpenInvitations, revokeInvitation } from "../../server/users/invitations";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, ORG_ID, OTHER_ORG_ID } from "../setup/fixtures";

// Account administration (admins only): disable / enable, memberships; revoking invitations.

const { db } = setupTestDatabase();

const PASSWORD = "richtig langes Passwort";
let n = 0;
const freshEmail = () => `konto${++n}-${Date.now()}@test.invalid`;
const freshIp = () => `198.51.100.${++n % 250}`;

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let reviewer: User;
let provider: User;
let network: User;

async function signUp(role: "PROVIDER" | "REVIEWER" | "ADMIN" | "NETWORK_PARTNER", organizationIds: string[] = []) {
  return createUser(db, { role, organizationIds, email: freshEmail(), passwordHash: await hashPassword(PASSWORD) });
}

type Callbacks = { jwt: (p: object) => Promise<Record<string, unknown>>; session: (p: object) => Record<string, unknown> };
const { jwt, session } = authOptions.callbacks as unknown as Callbacks;
const expires = new Date(Date.now() + 3_600_000).toISOString();

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * What the next request of a person signed in as `user` at `signedInAt` (seconds) sees: the cookie's
 * token goes through the jwt callback (which re-reads the account) and the session callback.
 */
async function nextRequest(user: User, signedInAt = nowSeconds()) {
  const cookie = { sub: user.id, email: user.email, role: user.role, organizationIds: user.organizationIds, signedInAt };
  return session({ session: { expires }, token: await jwt({ token: cookie }) });
}

const disabledAt = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true } })).disabledAt;
const memberships = async (userId: string) => (await db.membership.findMany({ where: { userId }, select: { organizationId: true } })).map((m) => m.organizationId).sort();

beforeAll(async () => {
  await createReferenceData(db);
  admin = await signUp("ADMIN");
  reviewer = await signUp("REVIEWER");
  provider = await signUp("PROVIDER", [ORG_ID]);
  network = await signUp("NETWORK_PARTNER");
});

describe("listAccounts", () => {
  it("gives admins every account with role, organisations and disabled date, never a password hash", async () => {
    const accounts = await listAccounts(admin);
    expect(accounts.find((a) => a.id === provider.id)).toEqual({
      id: provider.id,
      email: provider.email,
      name: null,
      role: "PROVIDER",
      disabledAt: null,
      organizations: [{ id: ORG_ID, name: "Testträger e. V." }],
    });
    expect(JSON.stringify(accounts)).not.toContain("$argon2");
    expect((await listOrganizationChoices(admin)).map((o) => o.id).sort()).toEqual([ORG_ID, OTHER_ORG_ID].sort());
  });

  it("refuses reviewers, providers, network partners and signed-out callers", async () => {
    for (const actor of [reviewer, provider, network, null]) {
      await expect(listAccounts(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOrganizationChoices(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("disabling an account", () => {
  it("stops sign-in and ends the running session on the next request; enabled again, only a new sign-in works", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const signedInAt = nowSeconds() - 60;
    expect(await nextRequest(person, signedInAt)).toMatchObject({ user: { id: person.id } });

    expect(await setAccountDisabled(admin, person.id, true)).toEqual({ ok: true });
    expect(await disabledAt(person.id)).toBeInstanceOf(Date);
    expect(await authenticate({ email: person.email, password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "disabled" });
    // The signed-in cookie still exists, but the session it gives has no user: signed out.
    expect(await nextRequest(person, signedInAt)).toEqual({ expires });

    expect(await setAccountDisabled(admin, person.id, false)).toEqual({ ok: true });
    expect(await disabledAt(person.id)).toBeNull();
    // The old session stays void (it might be a stolen cookie) ...
    expect(await nextRequest(person, signedInAt)).toEqual({ expires });
    // ... while signing in again works as before.
    expect(await authenticate({ email: person.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
    expect(await nextRequest(person, nowSeconds() + 1)).toMatchObject({ user: { id: person.id, organizationIds: [ORG_ID] } });
  });

  it("keeps a revoked token revoked after re-enabling, even when next-auth re-issued it later", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    await setAccountDisabled(admin, person.id, true);
    // While disabled, a refresh of the cookie (/api/auth/session) stores the revoked token with a new iat.
    const reissued = await jwt({ token: { sub: person.id, role: "PROVIDER", organizationIds: [ORG_ID], signedInAt: nowSeconds() - 60 } });
    expect(reissued).toEqual({ sub: person.id, revoked: true });
    await setAccountDisabled(admin, person.id, false);
    const later = await jwt({ token: { ...reissued, iat: nowSeconds() + 5 } });
    expect(session({ session: { expires }, token: later })).toEqual({ expires });
  });

  it("keeps the first date when an account is disabled twice", async () => {
    const person = await signUp("NETWORK_PARTNER");
    await setAccountDisabled(admin, person.id, true);
    const first = await disabledAt(person.id);
    await setAccountDisabled(admin, person.id, true);
    expect(await disabledAt(person.id)).toEqual(first);
  });

  it("is refused to the admin for their own account", async () => {
    expect(await setAccountDisabled(admin, admin.id, true)).toEqual({ ok: false, reason: "self" });
    expect(await disabledAt(admin.id)).toBeNull();
  });

  it("is refused to reviewers, providers, network partners and signed-out callers (ForbiddenError), and changes nothing", async () => {
    const target = await signUp("PROVIDER", [ORG_ID]);
    for (const actor of [reviewer, provider, network, null]) {
      await expect(setAccountDisabled(actor, target.id, true)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setAccountDisabled(actor, admin.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await disabledAt(target.id)).toBeNull();
    expect(await disabledAt(admin.id)).toBeNull();
    // Nor can anyone but an admin enable a disabled account.
    await setAccountDisabled(admin, target.id, true);
    for (const actor of [reviewer, provider, network, null]) {
      await expect(setAccountDisabled(actor, target.id, false)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await disabledAt(target.id)).toBeInstanceOf(Date);
  });

  it("answers unknown and malformed ids with NotFoundError", async () => {
    for (const id of [randomUUID(), "nicht-eine-id", "' OR 1=1 --", undefined]) {
      await expect(setAccountDisabled(admin, id, true)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("memberships", () => {
  it("lets an admin add and remove an organisation; the session follows on the next request", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    expect(await addMembership(admin, { userId: person.id, organizationId: OTHER_ORG_ID })).toEqual({ ok: true });
    expect(await addMembership(admin, { userId: person.id, organizationId: OTHER_ORG_ID })).toEqual({ ok: true }); // already a member
    expect(await memberships(person.id)).toEqual([ORG_ID, OTHER_ORG_ID].sort());

    await removeMembership(admin, { userId: person.id, organizationId: ORG_ID });
    expect(await memberships(person.id)).toEqual([OTHER_ORG_ID]);
    expect(await nextRequest(person)).toMatchObject({ user: { organizationIds: [OTHER_ORG_ID] } });
    await expect(removeMembership(admin, { userId: person.id, organizationId: ORG_ID })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives city staff no organisation", async () => {
    expect(await addMembership(admin, { userId: reviewer.id, organizationId: ORG_ID })).toEqual({ ok: false, reason: "staff_no_organization" });
    expect(await memberships(reviewer.id)).toEqual([]);
  });

  it("answers unknown people, organisations and malformed input with NotFoundError", async () => {
    await expect(addMembership(admin, { userId: randomUUID(), organizationId: ORG_ID })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembership(admin, { userId: provider.id, organizationId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembership(admin, { userId: provider.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMembership(admin, { userId: "x", organizationId: ORG_ID })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("are refused to reviewers, providers, network partners and signed-out callers (ForbiddenError)", async () => {
    for (const actor of [reviewer, provider, network, null]) {
      // A provider adding itself to another organisation is the attack that matters most here.
      await expect(addMembership(actor, { userId: provider.id, organizationId: OTHER_ORG_ID })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeMembership(actor, { userId: provider.id, organizationId: ORG_ID })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await memberships(provider.id)).toEqual([ORG_ID]);
  });
});

describe("revoking an invitation", () => {
  const tokenOf = (link: string) => link.split("/einladung/")[1];

  async function invite(by: User & { id: string }, role: "PROVIDER" | "NETWORK_PARTNER" | "REVIEWER", organizationId: string | null = ORG_ID) {
    const result = await createInvitation(by, { email: freshEmail(), role, organizationId: organizationId ?? "" });
    if (!result.ok) throw new Error(`invitation failed: ${JSON.stringify(result.fieldErrors)}`);
    // Without SMTP_URL no mail goes out: the link is shown once (tests/integration/mail.test.ts mails it).
    expect(result.mail).toBe("off");
    const row = await db.invitation.findFirstOrThrow({ where: { email: result.email }, select: { id: true } });
    return { id: row.id, email: result.email, token: tokenOf(result.link) };
  }

  it("makes the link unusable: no invitation to show, none to accept, no account created", async () => {
    const inv = await invite(reviewer, "PROVIDER");
    expect(await getInvitation(inv.token)).not.toBeNull();
    expect((await listOpenInvitations(reviewer)).find((i) => i.id === inv.id)).toMatchObject({ revocable: true });

    await revokeInvitation(reviewer, inv.id);
    expect(await getInvitation(inv.token)).toBeNull();
    expect(await acceptInvitation({ token: inv.token, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    expect(await db.user.findUnique({ where: { email: inv.email } })).toBeNull();
    expect((await listOpenInvitations(reviewer)).map((i) => i.id)).not.toContain(inv.id);
    await expect(revokeInvitation(reviewer, inv.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is refused to providers, network partners and signed-out callers (ForbiddenError); the link keeps working", async () => {
    const inv = await invite(admin, "NETWORK_PARTNER", null);
    for (const actor of [provider, network, null]) {
      await expect(revokeInvitation(actor, inv.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await getInvitation(inv.token)).not.toBeNull();
  });

  it("lets a reviewer revoke only invitations into roles a reviewer may invite", async () => {
    const staff = await invite(admin, "REVIEWER", null);
    expect((await listOpenInvitations(reviewer)).find((i) => i.id === staff.id)).toMatchObject({ revocable: false });
    await expect(revokeInvitation(reviewer, staff.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getInvitation(staff.token)).not.toBeNull();
    await revokeInvitation(admin, staff.id);
    expect(await getInvitation(staff.token)).toBeNull();
  });

  it("leaves accepted invitations alone and answers malformed ids with NotFoundError", async () => {
    const inv = await invite(reviewer, "PROVIDER");
    expect(await acceptInvitation({ token: inv.token, password: PASSWORD, passwordConfirm: PASSWORD })).toMatchObject({ ok: true });
    await expect(revokeInvitation(admin, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.invitation.count({ where: { id: inv.id } })).toBe(1);
    for (const id of ["x", "' OR 1=1 --", null]) await expect(revokeInvitation(admin, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
