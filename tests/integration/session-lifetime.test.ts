import { encode, type JWT } from "next-auth/jwt";
import { getServerSession } from "next-auth/next";
import { beforeAll, describe, expect, it } from "vitest";
import { authOptions, SESSION_MAX_AGE } from "../../server/auth/options";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, ORG_ID } from "../setup/fixtures";

// Finding: a session lived 30 days (next-auth's default token lifetime, sliding on every read);
// only the cookie expired after 8 hours. A session cookie is built here the way next-auth builds
// it (its own `encode`, the site's secret) and read by next-auth's getServerSession with the
// site's options (what `auth()` does on every page; with a request object instead of Next's
// request context), so decode, the jwt callback and the session callback all run for real.

const { db } = setupTestDatabase();

const COOKIE = "next-auth.session-token";
const HOUR = 60 * 60;
const nowSeconds = () => Math.floor(Date.now() / 1000);

let provider: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await createReferenceData(db);
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID], email: `lifetime-${Date.now()}@test.invalid` });
});

/** The session a request with a cookie holding `claims` gets. */
async function sessionFor(claims: JWT) {
  // A token that has not expired (next-auth's default 30 days): only the claims are old.
  const token = await encode({ token: claims, secret: authOptions.secret!, maxAge: 30 * 24 * HOUR });
  const req = { headers: {}, cookies: { [COOKIE]: token } };
  const res = { getHeader() {}, setHeader() {} };
  const session = await getServerSession(req as never, res as never, authOptions);
  return (session ?? {}) as { user?: { id: string }; expires?: string };
}

const claims = (signedInAt?: number): JWT => ({
  sub: provider.id,
  email: provider.email,
  role: "PROVIDER",
  organizationIds: [ORG_ID],
  ...(signedInAt === undefined ? {} : { signedInAt }),
});

describe("session lifetime", () => {
  it("accepts a session signed in an hour ago and reports its real end, sign-in + 8 h", async () => {
    const signedInAt = nowSeconds() - HOUR;
    const body = await sessionFor(claims(signedInAt));
    expect(body.user).toMatchObject({ id: provider.id, organizationIds: [ORG_ID] });
    expect(Date.parse(body.expires!) / 1000).toBe(signedInAt + SESSION_MAX_AGE);
  });

  it("refuses a session signed in 9 hours ago, although its token has not expired", async () => {
    const body = await sessionFor(claims(nowSeconds() - 9 * HOUR));
    expect(body.user).toBeUndefined();
  });

  it("refuses a token without a sign-in time (issued before the rule, or shaped by hand)", async () => {
    expect((await sessionFor(claims())).user).toBeUndefined();
  });

  it("stamps the sign-in time at sign-in and keeps it on every read, so reading never extends it", async () => {
    type Jwt = (p: object) => Promise<JWT>;
    const jwt = authOptions.callbacks!.jwt as unknown as Jwt;
    const before = nowSeconds();
    const signedIn = await jwt({ token: { sub: provider.id }, user: { id: provider.id, email: provider.email, name: null, role: "PROVIDER", organizationIds: [ORG_ID] } });
    expect(signedIn.signedInAt).toBeGreaterThanOrEqual(before);
    const old = nowSeconds() - 7 * HOUR;
    const read = await jwt({ token: claims(old) });
    expect(read).toMatchObject({ sub: provider.id, signedInAt: old });
  });

  it("gives the token itself the session's lifetime, not next-auth's 30 days", () => {
    expect(authOptions.jwt?.maxAge).toBe(SESSION_MAX_AGE);
  });
});
