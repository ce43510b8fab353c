import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_URL_HEADER } from "./i18n/page-url";
import { routing } from "./i18n/routing";
import { parseSiteLocales } from "./i18n/site-locales";
import { CALLBACK_URL_COOKIES, isReadableCallbackUrl } from "./server/auth/callback-url";
import { ensureCsrfCookie } from "./server/auth/csrf-cookie";
import { formRefusalFor, refusalFor, refusalText } from "./server/http/request-guard";
import { cameOverTls, HSTS, policyFor, trustedProxies } from "./server/http/security-headers";

/**
 * Only the languages the site serves (SITE_LOCALES): "/uk/..." on a site without Ukrainian is a
 * German path that does not exist, so it is not found, and no server action runs under it. The
 * hreflang alternates are in each page's head (app/[locale]/layout.tsx) with the query and only
 * the served languages, not in next-intl's `Link` header.
 */
const intl = createMiddleware({ ...routing, locales: parseSiteLocales(process.env.SITE_LOCALES), alternateLinks: false });

/** Localised pages: next-intl's usual matcher (no API routes, no Next internals, no files). */
const PAGES = /^\/(?!api|_next|.*\..*)/;

/**
 * Pages whose forms post to next-auth (sign-in, sign-out) get its CSRF cookie, so they work
 * without JavaScript (server/auth/csrf-cookie.ts). Residents' pages set no cookie. Access itself is
 * checked on the server in every page and action (requireUser + permission), not here.
 */
const AUTH_FORM_PAGES = new RegExp(`^(?:/(?:${routing.locales.join("|")}))?/(?:anmelden|konto|verwaltung|meine-angebote|pruefung|fachinfo|planung)(?:/|$)`);

/**
 * Every response the proxy sees gets its Content-Security-Policy here: pages a fresh nonce (Next
 * reads it from the request's policy header and puts it on its scripts), API answers and files a
 * static policy; refusals, redirects and 404s included. HSTS only when the request came over TLS.
 */
export default async function proxy(request: NextRequest) {
  const { policy, nonce } = policyFor(request.nextUrl.pathname);
  if (nonce) request.headers.set("Content-Security-Policy", policy);
  const response = await route(request);
  response.headers.set("Content-Security-Policy", policy);
  if (cameOverTls(request.headers.get("x-forwarded-proto"), trustedProxies())) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

async function route(request: NextRequest) {
  const refusal = refusalFor(request) ?? (await formRefusalFor(request));
  if (refusal) {
    return new NextResponse(refusalText(refusal, request.nextUrl.pathname), {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...(refusal.status === 405 ? { Allow: "POST" } : {}) },
    });
  }
  const { pathname, search } = request.nextUrl;
  // The page's own address for its language switch and alternates, set here so no client can choose it.
  request.headers.set(PAGE_URL_HEADER, pathname + search);
  if (!PAGES.test(pathname)) return pathname.startsWith("/api/auth/") ? withoutBadCallbackCookie(request) : NextResponse.next({ request: { headers: request.headers } });
  const response = intl(request);
  if (AUTH_FORM_PAGES.test(pathname)) await ensureCsrfCookie(request, response);
  return response;
}

/**
 * next-auth answers 500 to every request whose callback-url cookie it cannot read; such a cookie
 * (set by hand or by another site on a shared domain) is ignored, and next-auth's answer replaces it.
 */
function withoutBadCallbackCookie(request: NextRequest) {
  const bad = CALLBACK_URL_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isReadableCallbackUrl(value);
  });
  if (bad.length === 0) return NextResponse.next();
  request.cookies.delete(bad);
  return NextResponse.next({ request: { headers: request.headers } });
}

export const config = {
  // Every request but Next's own build files: a bad path or a forged write is refused wherever it
  // is sent (a server action can be posted to "/de/angebote/x.y" too, which next-intl's matcher skips).
  matcher: "/((?!_next/static|_next/image).*)",
};
