import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { ensureCsrfCookie } from "./server/auth/csrf-cookie";

const intl = createMiddleware(routing);

/**
 * Pages whose forms post to next-auth (sign-in, sign-out) get its CSRF cookie, so they work
 * without JavaScript (server/auth/csrf-cookie.ts). Residents' pages set no cookie. Access itself is
 * checked on the server in every page and action (requireUser + permission), not here.
 */
const AUTH_FORM_PAGES = new RegExp(`^(?:/(?:${routing.locales.join("|")}))?/(?:anmelden|konto|verwaltung|meine-angebote|pruefung|fachinfo)(?:/|$)`);

export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (AUTH_FORM_PAGES.test(request.nextUrl.pathname)) await ensureCsrfCookie(request, response);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|.*\\..*).*)",
};
