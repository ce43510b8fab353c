import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth";
import { getCsrfToken } from "@/server/auth/csrf-token";

/**
 * Who is signed in, for the header of every page (HeaderAccount). next-auth's own /api/auth/session
 * sets its CSRF and callback cookies on every visitor; residents' pages set none, so the header
 * asks here, which only reads the session. The CSRF token (from the cookie set at sign-in) lets the
 * header's sign-out form post to next-auth.
 */
export async function GET() {
  const user = await getCurrentUser();
  const body = user ? { user: { name: user.name, email: user.email, role: user.role }, csrfToken: (await getCsrfToken()) ?? "" } : {};
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
