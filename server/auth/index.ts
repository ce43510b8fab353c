import "server-only";
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getPathname, redirect } from "@/i18n/navigation";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/** The session of this request (read once per request; the jwt callback refreshes it from the db). */
export const auth = cache(() => getServerSession(authOptions));

/** The signed-in person, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await auth())?.user ?? null;
}

/**
 * The signed-in person; otherwise a redirect to the sign-in page, which returns to `returnTo`
 * (a path of this site, without locale) afterwards. Pages and actions call this first; the
 * domain functions then check the permission themselves.
 */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const locale = await getLocale();
  const callbackUrl = returnTo ? getPathname({ href: returnTo, locale }) : undefined;
  return redirect({ href: { pathname: "/anmelden", query: callbackUrl ? { callbackUrl } : {} }, locale });
}
