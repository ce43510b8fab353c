import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { authenticate } from "./authenticate";
import { safeCallbackPath } from "./callback-url";
import { loadSessionUser } from "./session-user";

/**
 * A session lasts 8 hours (a working day) from sign-in; then the person signs in again.
 * The encrypted JWT cookie only proves who signed in. Role, organisations and the disabled flag
 * are read from the database each time a request asks for the session (one small query, once
 * per request thanks to `auth()`'s cache), so a removed membership, a changed role or a disabled
 * account takes effect on the very next request, not when the cookie expires. Sessions from before
 * an account was disabled stay void after it is enabled again (User.sessionsRevokedAt).
 */
export const SESSION_MAX_AGE = 8 * 60 * 60;

/** Errors `authorize` throws become `?error=...` on the sign-in page (see app/_components/account). */
export const SIGN_IN_ERROR = {
  rateLimited: (minutes: number) => `TooManyAttempts_${minutes}`,
  disabled: "AccountDisabled",
} as const;

/** The client IP as the nearest proxy saw it (Next sets X-Forwarded-For when nothing else did). */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : "";
  return last || null;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
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
      // A token without `iat` counts as signed in at 0: void once the account was ever disabled.
      const sessionIssuedAt = typeof token.iat === "number" ? token.iat : 0;
      const fresh = user ?? (token.sub ? await loadSessionUser(token.sub, { sessionIssuedAt }) : null);
      if (!fresh) return { sub: token.sub, revoked: true };
      return { ...token, sub: fresh.id, email: fresh.email, name: fresh.name, role: fresh.role, organizationIds: fresh.organizationIds };
    },
    session({ session, token }) {
      if (token.revoked || !token.sub || !token.role) return { expires: session.expires };
      return {
        expires: session.expires,
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
