import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import de from "../../messages/de/auth.json";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { ORG } from "../../prisma/seed/offers/organizations";
import { authenticate } from "../../server/auth/authenticate";
import { LOGIN_LIMITS } from "../../server/auth/login-throttle";
import { authOptions } from "../../server/auth/options";
import { hashPassword, verifyPassword } from "../../server/auth/password";
import { SOCKET_ADDRESS_HEADER } from "../../server/http/socket-address";
import { ForbiddenError } from "../../server/authz";
import { acceptInvitation, getInvitation } from "../../server/users/accept-invitation";
import { createInvitation, listOpenInvitations } from "../../server/users/invitations";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, ORG_ID, OTHER_ORG_ID } from "../setup/fixtures";

const { db } = setupTestDatabase();

const PASSWORD = "richtig langes Passwort";
let n = 0;
/** A fresh address per test, so that the per-address limit of one test does not touch another. */
const freshEmail = () => `person${++n}-${Date.now()}@test.invalid`;
const freshIp = () => `203.0.113.${++n % 250}`;

async function signUp(role: "PROVIDER" | "REVIEWER" | "ADMIN" | "NETWORK_PARTNER", organizationIds: string[] = []) {
  return createUser(db, { role, organizationIds, email: freshEmail(), passwordHash: await hashPassword(PASSWORD) });
}

let admin: Awaited<ReturnType<typeof createUser>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await createReferenceData(db);
  admin = await signUp("ADMIN");
  reviewer = await signUp("REVIEWER");
});

describe("password hashing", () => {
  it("uses argon2id with a salt per hash and verifies only the right password", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, PASSWORD)).toBe(true);
    expect(await verifyPassword(a, `${PASSWORD} `)).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
  });

  it("never returns the hash from a query unless it is selected explicitly", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(user).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(await db.user.findMany())).not.toContain("$argon2id");
    const withHash = await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true } });
    expect(withHash.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("authenticate", () => {
  it("signs in with the right password, any capitalisation of the address, and carries role and organisations", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    const result = await authenticate({ email: `  ${provider.email.toUpperCase()} `, password: PASSWORD, ip: freshIp() });
    expect(result).toEqual({
      ok: true,
      user: { id: provider.id, email: provider.email, name: null, role: "PROVIDER", organizationIds: [ORG_ID] },
    });
  });

  it("answers a wrong password and an unknown address alike", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    expect(await authenticate({ email: provider.email, password: "falsches Passwort!", ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: freshEmail(), password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: provider.email, password: "", ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: provider.email, password: "x".repeat(10_000), ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({})).toEqual({ ok: false, reason: "invalid" });
  });

  it("says an account is disabled only to someone who knows its password", async () => {
    const disabled = await createUser(db, { role: "PROVIDER", email: freshEmail(), passwordHash: await hashPassword(PASSWORD), disabled: true });
    expect(await authenticate({ email: disabled.email, password: "falsches Passwort!", ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: disabled.email, password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "disabled" });
  });

  it("never signs in an invited person who has no password yet", async () => {
    const pending = await createUser(db, { role: "PROVIDER", email: freshEmail() });
    expect(await authenticate({ email: pending.email, password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("session callbacks", () => {
  type Callbacks = { jwt: (p: object) => Promise<Record<string, unknown>>; session: (p: object) => Record<string, unknown> };
  const { jwt, session } = authOptions.callbacks as unknown as Callbacks;
  const expires = new Date(Date.now() + 3_600_000).toISOString();

  it("re-read role and organisations on every request: a removed membership or a disabled account counts at once", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID, OTHER_ORG_ID]);
    // What the cookie says since sign-in ...
    const cookie = { sub: provider.id, email: provider.email, role: "PROVIDER", organizationIds: [ORG_ID, OTHER_ORG_ID], signedInAt: Math.floor(Date.now() / 1000) };
    await db.membership.delete({ where: { userId_organizationId: { userId: provider.id, organizationId: OTHER_ORG_ID } } });
    // ... is corrected from the database on the next request.
    const token = await jwt({ token: cookie });
    expect(session({ session: { expires }, token })).toEqual({
      expires,
      user: { id: provider.id, email: provider.email, name: null, role: "PROVIDER", organizationIds: [ORG_ID] },
    });

    await db.user.update({ where: { id: provider.id }, data: { disabledAt: new Date() } });
    const revoked = await jwt({ token: cookie });
    expect(revoked).toEqual({ sub: provider.id, revoked: true });
    expect(session({ session: { expires }, token: revoked })).toEqual({ expires });
  });

  it("carry what authenticate returned at sign-in without a second query", async () => {
    const user = { id: admin.id, email: admin.email, name: null, role: "ADMIN", organizationIds: [] };
    expect(await jwt({ token: { sub: admin.id }, user })).toMatchObject({ sub: admin.id, role: "ADMIN", organizationIds: [] });
  });
});

describe("login rate limit", () => {
  it(`blocks an address after ${LOGIN_LIMITS.email.points} attempts for ${LOGIN_LIMITS.email.blockDuration / 60} minutes, even with the right password`, async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    for (let i = 0; i < LOGIN_LIMITS.email.points; i++) {
      expect(await authenticate({ email: provider.email, password: `falsch ${i}`, ip: freshIp() })).toMatchObject({ reason: "invalid" });
    }
    // From a new IP, with the right password: still blocked (the limit is per address).
    expect(await authenticate({ email: provider.email, password: PASSWORD, ip: freshIp() })).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterMinutes: 15,
    });
    // Another address is not affected.
    const other = await signUp("PROVIDER", [ORG_ID]);
    expect((await authenticate({ email: other.email, password: PASSWORD, ip: freshIp() })).ok).toBe(true);
    // The counter lives in PostgreSQL under an HMAC, not the address.
    const keys = (await db.loginThrottle.findMany()).map((r) => r.key).join(" ");
    expect(keys).not.toContain(provider.email);
    expect(keys).toMatch(/login-email:[0-9a-f]{40}/);
  });

  it("forgets an address's failures after a successful sign-in", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    const ip = freshIp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOGIN_LIMITS.email.points - 1; i++) await authenticate({ email: provider.email, password: "falsch", ip });
      expect((await authenticate({ email: provider.email, password: PASSWORD, ip })).ok).toBe(true);
    }
  });

  it(`blocks an IP after ${LOGIN_LIMITS.ip.points} attempts across addresses, and counts parallel guesses`, async () => {
    const ip = freshIp();
    const attempts = Array.from({ length: LOGIN_LIMITS.ip.points }, () => authenticate({ email: freshEmail(), password: "geraten", ip }));
    expect((await Promise.all(attempts)).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    const provider = await signUp("PROVIDER", [ORG_ID]);
    expect(await authenticate({ email: provider.email, password: PASSWORD, ip })).toEqual({ ok: false, reason: "rate_limited", retryAfterMinutes: 60 });
    expect((await authenticate({ email: provider.email, password: PASSWORD, ip: freshIp() })).ok).toBe(true);
  });

  it("counts the socket's peer, not a rotating X-Forwarded-For, against the per-IP limit (TRUSTED_PROXIES=0)", async () => {
    const { authorize } = (authOptions.providers[0] as unknown as { options: { authorize: (c: object, r: object) => Promise<unknown> } }).options;
    const peer = freshIp();
    const forged = (i: number) => ({ headers: { "x-forwarded-for": `192.0.2.${i}`, [SOCKET_ADDRESS_HEADER]: peer } });
    for (let i = 0; i < LOGIN_LIMITS.ip.points; i++) expect(await authorize({ email: freshEmail(), password: "geraten" }, forged(i))).toBeNull();
    const provider = await signUp("PROVIDER", [ORG_ID]);
    await expect(authorize({ email: provider.email, password: PASSWORD }, forged(99))).rejects.toThrow("TooManyAttempts_60");
  });

  it("reaches the sign-in page as a clear German message", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    const { authorize } = (authOptions.providers[0] as unknown as { options: { authorize: (c: object, r: object) => Promise<unknown> } }).options;
    // As Next passes it on: the client's own X-Forwarded-For and the socket's peer (server/http).
    const req = { headers: { "x-forwarded-for": "198.51.100.7", [SOCKET_ADDRESS_HEADER]: freshIp() } };
    for (let i = 0; i < LOGIN_LIMITS.email.points; i++) expect(await authorize({ email: provider.email, password: "falsch" }, req)).toBeNull();
    const error = await authorize({ email: provider.email, password: PASSWORD }, req).catch((e: Error) => e.message);
    expect(error).toBe("TooManyAttempts_15");
    const t = createTranslator({ locale: "de", messages: de, namespace: "Auth.signIn.errors" });
    expect(t("TooManyAttempts", { minutes: 15 })).toBe("Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten.");
    expect(t("TooManyAttempts", { minutes: 1 })).toBe("Zu viele Anmeldeversuche. Bitte warten Sie 1 Minute.");
  });
});

describe("invitations", () => {
  const secretOf = (link: string) => link.split("/einladung/")[1];
  /** [invitation id as UUID, secret] */
  const split = (token: string) => {
    const hex = token.slice(0, 32);
    return [`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, token.slice(32)];
  };

  it("are refused to providers and network partners", async () => {
    for (const role of ["PROVIDER", "NETWORK_PARTNER"] as const) {
      const actor = await signUp(role, role === "PROVIDER" ? [ORG_ID] : []);
      await expect(createInvitation(actor, { email: freshEmail(), role: "PROVIDER", organizationId: ORG_ID })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOpenInvitations(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("check the form and explain each problem at its field", async () => {
    expect(await createInvitation(reviewer, { email: "keine-adresse", role: "PROVIDER", organizationId: ORG_ID })).toEqual({
      ok: false,
      fieldErrors: { email: "invalid_email" },
    });
    expect(await createInvitation(reviewer, { email: freshEmail(), role: "PROVIDER", organizationId: "" })).toEqual({
      ok: false,
      fieldErrors: { organizationId: "organization_required" },
    });
    expect(await createInvitation(reviewer, { email: freshEmail(), role: "PROVIDER", organizationId: "a0000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      fieldErrors: { organizationId: "organization_unknown" },
    });
    expect(await createInvitation(reviewer, { email: freshEmail(), role: "ADMIN" })).toEqual({ ok: false, fieldErrors: { role: "invalid_role" } });
    expect(await createInvitation(reviewer, { email: freshEmail(), role: "SUPERUSER" })).toEqual({ ok: false, fieldErrors: { role: "invalid_role" } });
    expect(await createInvitation(reviewer, { email: reviewer.email, role: "PROVIDER", organizationId: ORG_ID })).toEqual({
      ok: false,
      fieldErrors: { email: "existing_other_role" },
    });
  });

  it("store only the hash of the link's secret, valid for 7 days", async () => {
    const email = freshEmail();
    const result = await createInvitation(reviewer, { email: email.toUpperCase(), role: "PROVIDER", organizationId: ORG_ID });
    if (!result.ok) throw new Error("invitation failed");
    expect(result).toMatchObject({ email, role: "PROVIDER", organizationName: "Testträger e. V." });
    const token = secretOf(result.link);
    expect(result.link).toMatch(/^http:\/\/localhost:3000\/einladung\/[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
    const [id, secret] = split(token);
    const row = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.invitedById).toBe(reviewer.id);
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect((await listOpenInvitations(admin)).map((i) => i.email)).toContain(email);
  });

  it("let the invited person set a password that works, once", async () => {
    const email = freshEmail();
    const result = await createInvitation(reviewer, { email, role: "PROVIDER", organizationId: ORG_ID });
    if (!result.ok) throw new Error("invitation failed");
    const token = secretOf(result.link);
    expect(await getInvitation(token)).toEqual({ email, role: "PROVIDER", organizationName: "Testträger e. V.", needsPassword: true });

    expect(await acceptInvitation({ token, password: "zu kurz", passwordConfirm: "zu kurz" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { password: "too_short" },
    });
    expect(await acceptInvitation({ token, password: PASSWORD, passwordConfirm: `${PASSWORD}!` })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { passwordConfirm: "mismatch" },
    });
    expect(await db.user.findUnique({ where: { email } })).toBeNull(); // failed tries change nothing

    expect(await acceptInvitation({ token, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: true, email });
    const signedIn = await authenticate({ email, password: PASSWORD, ip: freshIp() });
    expect(signedIn).toMatchObject({ ok: true, user: { email, role: "PROVIDER", organizationIds: [ORG_ID] } });

    // Single use: the same link again, with another password, does nothing.
    expect(await acceptInvitation({ token, password: "ein anderes Passwort", passwordConfirm: "ein anderes Passwort" })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect(await getInvitation(token)).toBeNull();
    expect((await authenticate({ email, password: "ein anderes Passwort", ip: freshIp() })).ok).toBe(false);
    expect((await listOpenInvitations(admin)).map((i) => i.email)).not.toContain(email);
  });

  it("refuse a wrong, malformed or expired token", async () => {
    const email = freshEmail();
    const result = await createInvitation(admin, { email, role: "NETWORK_PARTNER" });
    if (!result.ok) throw new Error("invitation failed");
    const token = secretOf(result.link);
    const [id, secret] = split(token);
    const hex = id.replaceAll("-", "");
    const flipped = `${hex}${secret[0] === "A" ? "B" : "A"}${secret.slice(1)}`;
    const otherId = crypto.randomUUID().replaceAll("-", "");
    const attempts = [flipped, hex, `${hex}.${secret}`, `${id}${secret}`, secret, "", "../../etc/passwd", `${token}x`, token.slice(0, -1), `${otherId}${secret}`];
    for (const wrong of attempts) {
      expect(await getInvitation(wrong), wrong).toBeNull();
      expect(await acceptInvitation({ token: wrong, password: PASSWORD, passwordConfirm: PASSWORD }), wrong).toEqual({ ok: false, reason: "invalid_token" });
    }
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitation(token)).toBeNull();
    expect(await acceptInvitation({ token, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "invalid_token" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("can be accepted only once even by two requests at the same moment", async () => {
    const email = freshEmail();
    const result = await createInvitation(admin, { email, role: "REVIEWER" });
    if (!result.ok) throw new Error("invitation failed");
    const token = secretOf(result.link);
    const answers = await Promise.all([1, 2, 3].map((i) => acceptInvitation({ token, password: `${PASSWORD} ${i}`, passwordConfirm: `${PASSWORD} ${i}` })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("replace an older open invitation for the same address and organisation", async () => {
    const email = freshEmail();
    const first = await createInvitation(reviewer, { email, role: "PROVIDER", organizationId: ORG_ID });
    const second = await createInvitation(reviewer, { email, role: "PROVIDER", organizationId: ORG_ID });
    if (!first.ok || !second.ok) throw new Error("invitation failed");
    expect(await getInvitation(secretOf(first.link))).toBeNull();
    expect(await getInvitation(secretOf(second.link))).not.toBeNull();
  });

  it("add a further organisation to an existing account without touching its password", async () => {
    const provider = await signUp("PROVIDER", [ORG_ID]);
    expect(await createInvitation(reviewer, { email: provider.email, role: "PROVIDER", organizationId: ORG_ID })).toEqual({
      ok: false,
      fieldErrors: { email: "already_member" },
    });
    const result = await createInvitation(reviewer, { email: provider.email, role: "PROVIDER", organizationId: OTHER_ORG_ID });
    if (!result.ok) throw new Error("invitation failed");
    const token = secretOf(result.link);
    expect(await getInvitation(token)).toMatchObject({ needsPassword: false });
    expect(await acceptInvitation({ token })).toEqual({ ok: true, email: provider.email });
    const signedIn = await authenticate({ email: provider.email, password: PASSWORD, ip: freshIp() });
    expect(signedIn).toMatchObject({ ok: true, user: { organizationIds: [ORG_ID, OTHER_ORG_ID] } });
  });
});

describe("demo accounts", () => {
  it("are five, one per role and two providers of different organisations, with the documented password", async () => {
    await db.organization.createMany({
      data: [
        { id: ORG.familienzentrumOst, name: "Familienzentrum Oststadt e. V." },
        { id: ORG.seniorendienste, name: "Seniorendienste Hörselaue gGmbH" },
      ],
    });
    expect(await seedDemoAccounts(db)).toBe(5);
    expect(await seedDemoAccounts(db)).toBe(5); // idempotent
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(["PROVIDER", "REVIEWER", "NETWORK_PARTNER", "ADMIN"]));
    const providers = DEMO_ACCOUNTS.filter((a) => a.role === "PROVIDER");
    expect(providers).toHaveLength(2);
    expect(providers[0].organizationIds).not.toEqual(providers[1].organizationIds);
    for (const account of DEMO_ACCOUNTS) {
      const result = await authenticate({ email: account.email, password: DEMO_PASSWORD, ip: freshIp() });
      expect(result, account.email).toMatchObject({ ok: true, user: { role: account.role, organizationIds: account.organizationIds } });
    }
    expect(await db.user.count({ where: { isDemo: true } })).toBe(5);
  });
});
