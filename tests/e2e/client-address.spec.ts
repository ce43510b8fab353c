import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { PASSWORD, PROVIDER } from "./helpers";
import { otherLoopbackAddress, send, type Reply } from "./other-client";

// Findings from the attack probe, checked over real HTTP against the built site:
// - the per-IP login limit trusted a client-sent X-Forwarded-For, so rotating it evaded the limit;
// - a session cookie rebuilt 9 hours after sign-in was still accepted (next-auth's 30-day token).
// The limit test connects from a loopback address of its own (./other-client.ts).

const cookiesOf = (reply: Reply) => (reply.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);

/** A sign-in attempt through next-auth's endpoints (no browser); returns where it redirects. */
async function signIn(base: string, email: string, password: string, opts: { localAddress?: string; headers?: Record<string, string> } = {}) {
  const csrf = await send(`${base}/api/auth/csrf`, { localAddress: opts.localAddress });
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const reply = await send(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress: opts.localAddress,
    headers: {
      ...opts.headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/konto" }).toString(),
  });
  return { location: reply.headers.location ?? "", cookies: cookiesOf(reply) };
}

/** The demo site's session secret (scripts/lib/auth-secret.ts keeps it in the data folder). */
function siteSecret() {
  const dataDir = process.env.E2E_DATA_DIR ?? process.env.ANGEBOTSKATALOG_DATA_DIR ?? ".data";
  return process.env.NEXTAUTH_SECRET || readFileSync(path.join(dataDir, "nextauth-secret"), "utf8").trim();
}

test("a client cannot evade the per-IP login limit by rotating X-Forwarded-For", async ({ baseURL }) => {
  const base = baseURL!.replace("//localhost:", "//127.0.0.1:");
  const attacker = otherLoopbackAddress();
  const run = Date.now();
  // 30 guesses an hour per IP (server/auth/login-throttle.ts), each at a new account, each with a
  // new forged X-Forwarded-For and a forged copy of the site's own socket header.
  for (let i = 0; i < 30; i++) {
    const forged = { "x-forwarded-for": `198.51.100.${i + 1}`, "x-angebotskatalog-peer": `203.0.113.${i + 1}` };
    const { location } = await signIn(base, `geraten-${run}-${i}@test.invalid`, "falsch", { localAddress: attacker, headers: forged });
    expect(location, `attempt ${i + 1}`).toContain("error=CredentialsSignin");
  }
  const blocked = await signIn(base, `geraten-${run}-x@test.invalid`, "falsch", {
    localAddress: attacker,
    headers: { "x-forwarded-for": "192.0.2.77", "x-angebotskatalog-peer": "192.0.2.78" },
  });
  expect(blocked.location).toContain("error=TooManyAttempts_60");
  // Blocked even with the right password of a real account ...
  expect((await signIn(base, PROVIDER, PASSWORD, { localAddress: attacker })).location).toContain("error=TooManyAttempts_");
  // ... while another client (127.0.0.1) signs in as usual.
  expect((await signIn(base, PROVIDER, PASSWORD)).location).toMatch(/\/konto$/);
});

test("a session cookie rebuilt 9 hours after sign-in gets no session", async ({ baseURL }) => {
  const secret = siteSecret();
  const { cookies } = await signIn(baseURL!, PROVIDER, PASSWORD);
  const sessionCookie = cookies.find((c) => c.startsWith("next-auth.session-token="))!;
  const token = await decode({ token: sessionCookie.split("=")[1], secret });

  const sessionWith = async (claims: Record<string, unknown>) => {
    const cookie = `next-auth.session-token=${await encode({ token: claims, secret })}`;
    const body = JSON.parse((await send(`${baseURL}/api/auth/session`, { headers: { cookie } })).body.toString()) as { user?: { email: string } };
    return body.user?.email ?? null;
  };
  const hour = 60 * 60;
  const now = Math.floor(Date.now() / 1000);
  expect(await sessionWith({ ...token, signedInAt: now - hour })).toBe(PROVIDER);
  expect(await sessionWith({ ...token, signedInAt: now - 9 * hour })).toBeNull();
  const { signedInAt: _dropped, ...withoutSignIn } = token!;
  expect(await sessionWith(withoutSignIn)).toBeNull();
  // The sign-in time the site itself wrote at sign-in.
  expect(token?.signedInAt).toBeGreaterThan(now - 60);
});
