import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "../../server/auth/options";
import { hashPassword, verifyPassword } from "../../server/auth/password";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { setAccountDisabled } from "../../server/users/admin-mutations";
import { createPasswordReset, getPasswordReset, resetPassword } from "../../server/users/password-reset";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, ORG_ID } from "../setup/fixtures";

// An admin's one-time link to set a new password (no e-mail): who may issue it, and that it sets
// the password once, ends old sessions and is worthless when used, replaced, expired or forged.

const { db } = setupTestDatabase();

const OLD_PASSWORD = "altes langes Passwort";
const NEW_PASSWORD = "ganz neues langes Passwort";
let n = 0;
const freshEmail = () => `reset${++n}-${Date.now()}@test.invalid`;

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let reviewer: User;
let provider: User;

async function signUp(role: "PROVIDER" | "REVIEWER" | "ADMIN", organizationIds: string[] = []) {
  return createUser(db, { role, organizationIds, email: freshEmail(), passwordHash: await hashPassword(OLD_PASSWORD) });
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;
const account = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionsRevokedAt: true } });

async function issue(userId: string) {
  const result = await createPasswordReset(admin, userId);
  if (!result.ok) throw new Error(`no link: ${result.reason}`);
  return { ...result, token: tokenOf(result.link) };
}

type Callbacks = { jwt: (p: object) => Promise<Record<string, unknown>> };
const { jwt } = authOptions.callbacks as unknown as Callbacks;
/** Whether a session of `user` signed in at `signedInAt` (seconds) survives its next request. */
async function sessionAlive(user: User, signedInAt: number) {
  const token = await jwt({ token: { sub: user.id, email: user.email, role: user.role, organizationIds: user.organizationIds, signedInAt } });
  return !token.revoked;
}

beforeAll(async () => {
  await createReferenceData(db);
  admin = await signUp("ADMIN");
  reviewer = await signUp("REVIEWER");
  provider = await signUp("PROVIDER", [ORG_ID]);
});

describe("createPasswordReset", () => {
  it("gives an admin a one-time link for the account, valid 24 hours, storing only a hash", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const before = Date.now();
    const created = await issue(person.id);
    expect(created.email).toBe(person.email);
    // Without SMTP_URL no mail goes out: the admin is shown the link (tests/integration/mail.test.ts mails it).
    expect(created.mail).toBe("off");
    expect(created.link).toMatch(/\/passwort-neu\/[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
    expect(created.expiresAt.getTime() - before).toBeGreaterThan(23.9 * 3600_000);
    expect(created.expiresAt.getTime() - before).toBeLessThanOrEqual(24 * 3600_000 + 5_000);
    const rows = await db.passwordReset.findMany({ where: { userId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.createdById).toBe(admin.id);
    expect(rows[0]!.usedAt).toBeNull();
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.token).not.toContain(rows[0]!.tokenHash);
    expect(await getPasswordReset(created.token)).toEqual({ email: person.email });
  });

  it("is refused to everyone but admins, and nothing is stored", async () => {
    for (const actor of [provider, reviewer, null]) {
      await expect(createPasswordReset(actor, provider.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.passwordReset.count({ where: { userId: provider.id } })).toBe(0);
  });

  it("refuses disabled accounts, and unknown ids are NotFoundError", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    await setAccountDisabled(admin, person.id, true);
    expect(await createPasswordReset(admin, person.id)).toEqual({ ok: false, reason: "disabled" });
    expect(await db.passwordReset.count({ where: { userId: person.id } })).toBe(0);
    await expect(createPasswordReset(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPasswordReset(admin, "not an id")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("replaces an older unused link: only the newest works", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const older = await issue(person.id);
    const newer = await issue(person.id);
    expect(await db.passwordReset.count({ where: { userId: person.id } })).toBe(1);
    expect(await getPasswordReset(older.token)).toBeNull();
    expect(await resetPassword({ token: older.token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    expect(await verifyPassword((await account(person.id)).passwordHash!, OLD_PASSWORD)).toBe(true);
    expect(await resetPassword({ token: newer.token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: true });
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends older sessions and works only once", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const signedInBefore = Math.floor(Date.now() / 1000) - 60;
    expect(await sessionAlive(person, signedInBefore)).toBe(true);
    const { token } = await issue(person.id);

    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: true });
    const after = await account(person.id);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, OLD_PASSWORD)).toBe(false);
    expect(after.sessionsRevokedAt).not.toBeNull();
    expect(Date.now() - after.sessionsRevokedAt!.getTime()).toBeLessThan(10_000);
    // The old session ends; one signed in right after the reset (same second included) lives.
    expect(await sessionAlive(person, signedInBefore)).toBe(false);
    expect(await sessionAlive(person, Math.floor(Date.now() / 1000))).toBe(true);
    expect((await db.passwordReset.findFirstOrThrow({ where: { userId: person.id } })).usedAt).not.toBeNull();

    // Single use: the second attempt changes nothing.
    expect(await getPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, password: "noch ein anderes Passwort", passwordConfirm: "noch ein anderes Passwort" })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect(await verifyPassword((await account(person.id)).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("lets only one of two simultaneous requests through", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const { token } = await issue(person.id);
    const results = await Promise.all(
      ["erstes langes Passwort", "zweites langes Passwort"].map((password) => resetPassword({ token, password, passwordConfirm: password })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalid_token" }]);
  });

  it("treats expired, forged and unknown links alike as invalid, changing nothing", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const { token } = await issue(person.id);
    const forged = token.slice(0, 32) + (token[32] === "A" ? "B" : "A") + token.slice(33);
    const unknown = "0".repeat(32) + token.slice(32);
    for (const bad of [forged, unknown, token.slice(0, -1), "", undefined, 42]) {
      expect(await getPasswordReset(bad)).toBeNull();
      expect(await resetPassword({ token: bad, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    }
    await db.passwordReset.updateMany({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    const after = await account(person.id);
    expect(await verifyPassword(after.passwordHash!, OLD_PASSWORD)).toBe(true);
    expect(after.sessionsRevokedAt).toBeNull();
  });

  it("is invalid once the account was disabled after the link was issued", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const { token } = await issue(person.id);
    await setAccountDisabled(admin, person.id, true);
    expect(await getPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    expect(await verifyPassword((await account(person.id)).passwordHash!, OLD_PASSWORD)).toBe(true);
  });

  it("enforces the password rules and keeps the link usable", async () => {
    const person = await signUp("PROVIDER", [ORG_ID]);
    const { token } = await issue(person.id);
    expect(await resetPassword({ token, password: "zu kurz", passwordConfirm: "zu kurz" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { password: "too_short" },
    });
    expect(await resetPassword({ token, password: "x".repeat(257), passwordConfirm: "x".repeat(257) })).toMatchObject({
      reason: "invalid",
      fieldErrors: { password: "too_long" },
    });
    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: `${NEW_PASSWORD}!` })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { passwordConfirm: "mismatch" },
    });
    const unchanged = await account(person.id);
    expect(await verifyPassword(unchanged.passwordHash!, OLD_PASSWORD)).toBe(true);
    expect(unchanged.sessionsRevokedAt).toBeNull();
    expect((await db.passwordReset.findFirstOrThrow({ where: { userId: person.id } })).usedAt).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toEqual({ ok: true });
  });
});
