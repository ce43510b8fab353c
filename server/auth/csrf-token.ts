import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";
import { csrfCookieName, csrfTokenFrom, usesSecureCookies } from "./csrf-cookie";

/** next-auth's CSRF token for a form posting to /api/auth/*, or null if the cookie is missing. */
export async function getCsrfToken(): Promise<string | null> {
  const jar = await cookies();
  return csrfTokenFrom(jar.get(csrfCookieName(usesSecureCookies(env.NEXTAUTH_URL)))?.value, env.NEXTAUTH_SECRET);
}
