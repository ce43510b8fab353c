import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { clientIp } from "../http/client-ip";
import { authenticate } from "./authenticate";
import { safeCallbackPath } from "./callback-url";
import { loadSessionUser } from "./session-user";

/**
 * A session lasts 8 hours (a working day) from sign-in; then the person signs in again. The limit
 * is absolute and kept inside the token (`signedInAt`, checked on every read): next-auth 4 slides
 * both the cookie's and the token's own expiry on every session read, and a client may ignore the
 * cookie's expiry anyway. The encrypted JWT cookie only proves who signed in. Role, organisations and the disabled flag
 * are read from the database each time a request asks for the session (one small query, once
 * per request thanks to `auth()`'s cache), so a removed membership, a changed role or a disabled
 * account takes effect on the very next request, not when the cookie expires. Sessions from before
 * an account was disabled stay void after it is enabled again (User.sessionsRevokedAt).
 */
export const SESSION_MAX_AGE = 8 * 60 * 60;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Whether a token's sign-in lies less than SESSION_MAX_AGE back; a token without one never does. */
const withinLifetime = (signedInAt: unknown): signedInAt is number =>
  typeof signedInAt === "number" && nowSeconds() - signedInAt < SESSION_MAX_AGE;

/** Errors `authorize` throws become `?error=...` on the sign-in page (see app/_components/account). */
export const SIGN_IN_ERROR = {
  rateLimited: (minutes: number) => `TooManyAttempts_${minutes}`,
  disabled: "AccountDisabled",
} as const;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  // The token's own `exp` (default 30 days); still sliding, so `signedInAt` is what ends a session.
  jwt: { maxAge: SESSION_MAX_AGE },
  // Sign-in errors come back to the sign-in page; a sign-out without a valid CSRF token lands on
  // the account page, whose button carries a fresh token.
  pages: { signIn: "/anmelden", error: "/anmelden", signOut: "/konto" },
  providers: [
    CredentialsProvider({
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate({ ...credentials, ip: clientIp(req?.headers) });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new Error(SIGN_IN_ERROR.rateLimited(result.retryAfterMinutes));
        if (result.reason === "disabled") throw new Error(SIGN_IN_ERROR.disabled);
        return null; // "CredentialsSignin": wrong address or password, without saying which
      },
    }),
  ],
  callbacks: {
    // A bad callbackUrl (posted, in the query or in the callback-url cookie) leads home, never a 500.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl, "/")}`;
    },
    async jwt({ token, user }) {
      // A revoked token stays revoked, even if the account is enabled again: next-auth re-encodes
      // the token (with a new `iat`) whenever /api/auth/session is called.
      if (!user && token.revoked) return { sub: token.sub, revoked: true };
      // At sign-in the clock starts; afterwards a token signed in 8 hours ago (or without a sign-in
      // time: tokens from before this rule, or forged claims) is void.
      const signedInAt = user ? nowSeconds() : token.signedInAt;
      if (!withinLifetime(signedInAt)) return { sub: token.sub, revoked: true };
      const fresh = user ?? (token.sub ? await loadSessionUser(token.sub, { sessionIssuedAt: signedInAt }) : null);
      if (!fresh) return { sub: token.sub, revoked: true };
      return { ...token, signedInAt, sub: fresh.id, email: fresh.email, name: fresh.name, role: fresh.role, organizationIds: fresh.organizationIds };
    },
    session({ session, token }) {
      if (token.revoked || !token.sub || !token.role || typeof token.signedInAt !== "number") return { expires: session.expires };
      // Tell the browser the real end, not next-auth's sliding one.
      const end = new Date((token.signedInAt + SESSION_MAX_AGE) * 1000).toISOString();
      return {
        expires: end < session.expires ? end : session.expires,
        user: {
          id: token.sub,
          email: token.email ?? "",
          name: token.name ?? null,
          role: token.role,
          organizationIds: token.organizationIds ?? [],
        },
      };
    },
  },
};
