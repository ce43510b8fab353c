// next-auth 4's double-submit CSRF cookie, "<token>|sha256(<token><secret>)" (next-auth/core/lib/
// csrf-token.js, pinned 4.24.15). The sign-in and sign-out forms post straight to /api/auth/* and
// must carry the token; without JavaScript nothing would fetch it, so proxy.ts sets the cookie on
// the pages with such forms and the page reads the token from it (./csrf-token.ts).
// Web Crypto and no env module: proxy.ts imports this file.

export const usesSecureCookies = (siteUrl: string | undefined) => !!siteUrl?.startsWith("https://");

export const csrfCookieName = (secure: boolean) => `${secure ? "__Host-" : ""}next-auth.csrf-token`;

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString("hex");

async function sha256Hex(text: string) {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

export async function newCsrfCookieValue(secret: string): Promise<string> {
  const token = hex(crypto.getRandomValues(new Uint8Array(32)));
  return `${token}|${await sha256Hex(`${token}${secret}`)}`;
}

/** The token in a cookie value, if the cookie is one we (or next-auth) made with this secret. */
export async function csrfTokenFrom(cookieValue: string | undefined, secret: string): Promise<string | null> {
  const [token, hash] = cookieValue?.split("|") ?? [];
  if (!token || !hash || !/^[0-9a-f]{64}$/.test(token)) return null;
  return (await sha256Hex(`${token}${secret}`)) === hash ? token : null;
}

type CookieJar = { get(name: string): { value: string } | undefined };
type ResponseCookies = { set(name: string, value: string, options: Record<string, unknown>): unknown };

/** Sets the CSRF cookie on the response unless the request already has a valid one. */
export async function ensureCsrfCookie(request: { cookies: CookieJar }, response: { cookies: ResponseCookies }) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return; // the server refuses to start without one anyway (server/env.ts)
  const secure = usesSecureCookies(process.env.NEXTAUTH_URL);
  const name = csrfCookieName(secure);
  if (await csrfTokenFrom(request.cookies.get(name)?.value, secret)) return;
  response.cookies.set(name, await newCsrfCookieValue(secret), { httpOnly: true, sameSite: "lax", path: "/", secure });
}
