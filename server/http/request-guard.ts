// Requests Next would answer with a 500 (or a huge page), refused up front with a clear 4xx.
// proxy.ts runs this before Next routes the request and before a server action reads its body:
// Next 16 turns a malformed path encoding, a cross-origin server action and an oversized action
// body into a 500 (its action handler sets 500 for every failure; see
// next/dist/server/app-render/action-handler.js). No "server-only" and no env module: proxy.ts
// imports this file.
import { isReadableCallbackUrl } from "../auth/callback-url";
import de from "../../messages/de/http.json";
import en from "../../messages/en/http.json";

/**
 * Longest path plus query string we serve. Every facet value the site knows, ticked at once, with
 * a search text and place of full length, stays below 5,000 characters; a longer URL is not a
 * search a person made.
 */
export const MAX_URL_LENGTH = 8 * 1024;

/**
 * Longest path alone. next-intl echoes the path into response headers (hreflang `Link` three
 * times, `x-middleware-rewrite`), so a long path makes huge headers that clients and reverse
 * proxies refuse; no page of ours has a path near this length.
 */
export const MAX_PATH_LENGTH = 1024;

/**
 * Largest server-action body of every page but the upload below: Next's default of 1 MB. Next's own
 * limit (next.config.mjs `serverActions.bodySizeLimit`) is raised for the upload, so this is where
 * the 1 MB holds for all other pages.
 */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** The need-data upload takes files up to 5 MB (server/need-data/upload-schema.ts) plus form fields. */
export const MAX_UPLOAD_BODY_BYTES = 6 * 1024 * 1024;
const UPLOAD_PAGE = /^(?:\/en)?\/planung\/daten\/?$/;

/**
 * A measure's page takes evidence documents up to 10 MB (server/plan/evidence-file.ts). The rest
 * up to 16 MB lets a file a little over the limit reach the form, which names the problem next to
 * the field and keeps what was typed; only beyond it comes this plain refusal.
 */
export const MAX_EVIDENCE_BODY_BYTES = 16 * 1024 * 1024;
const EVIDENCE_PAGE = /^(?:\/en)?\/planung\/plan\/massnahmen\/[^/]+\/?$/;

type Reason = keyof typeof de.Http;
export type Refusal = { status: 400 | 403 | 405 | 411 | 413 | 414; reason: Reason };

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
const API = /^\/api(?:\/|$)/;
/** next-auth 4 answers 500 to a GET of the credentials callback ("not supported"): only the form posts there. */
const CREDENTIALS_CALLBACK = /^\/api\/auth\/callback\/credentials\/?$/;
/** next-auth 4 copies `?error=` into a Location header; NUL, CR/LF or non-Latin-1 text make that a 500. */
const AUTH_ERROR = /^\/api\/auth\/error\/?$/;
/** Every code next-auth and our sign-in use ("CredentialsSignin", "TooManyAttempts_15"). */
const AUTH_ERROR_CODE = /^[A-Za-z0-9_]{1,64}$/;

function decodes(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The host Next compares a server action's Origin with (x-forwarded-host first, as Next does). */
function requestHost(headers: Headers) {
  return (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim().toLowerCase();
}

function sameOrigin(origin: string, host: string | undefined) {
  try {
    return !!host && new URL(origin).host.toLowerCase() === host;
  } catch {
    return false; // "null" (an opaque origin) or garbage
  }
}

type Checked = { method: string; headers: Headers; nextUrl: { pathname: string; search: string } };

/**
 * Why the request is refused, or null. Writes to pages (server actions: fetch or a form without
 * JavaScript) must come from this site and state a length within Next's limit; route handlers
 * under /api check their own requests (next-auth: its CSRF token), except for the callbackUrl
 * that next-auth cannot read (server/auth/callback-url.ts).
 */
export function refusalFor(request: Checked): Refusal | null {
  const { pathname, search } = request.nextUrl;
  if (pathname.length > MAX_PATH_LENGTH || pathname.length + search.length > MAX_URL_LENGTH) return { status: 414, reason: "uriTooLong" };
  if (!decodes(pathname)) return { status: 400, reason: "badPath" };
  if (API.test(pathname)) {
    if (CREDENTIALS_CALLBACK.test(pathname) && READS.has(request.method)) return { status: 405, reason: "methodNotAllowed" };
    const errorCodes = AUTH_ERROR.test(pathname) ? new URLSearchParams(search).getAll("error") : [];
    if (!errorCodes.every((code) => AUTH_ERROR_CODE.test(code))) return { status: 400, reason: "badErrorCode" };
    const readable = new URLSearchParams(search).getAll("callbackUrl").every(isReadableCallbackUrl);
    return readable ? null : { status: 400, reason: "badCallbackUrl" };
  }
  if (READS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  // No Origin: a hand-made request, which carries no one's cookies unwillingly (Next lets it through too).
  if (origin !== null && !sameOrigin(origin, requestHost(request.headers))) return { status: 403, reason: "crossOrigin" };
  const length = request.headers.get("content-length");
  // A body without a length (chunked) could be any size; browsers always state it.
  if (length === null) return request.headers.has("transfer-encoding") ? { status: 411, reason: "lengthRequired" } : null;
  if (UPLOAD_PAGE.test(pathname)) return Number(length) > MAX_UPLOAD_BODY_BYTES ? { status: 413, reason: "uploadTooLarge" } : null;
  if (EVIDENCE_PAGE.test(pathname)) return Number(length) > MAX_EVIDENCE_BODY_BYTES ? { status: 413, reason: "evidenceTooLarge" } : null;
  if (Number(length) > MAX_ACTION_BODY_BYTES) return { status: 413, reason: "bodyTooLarge" };
  return null;
}

/**
 * A form posted to a page (a server action without JavaScript) that is not a form: Next fails to
 * parse it with the same parser (`Request.formData()`, "Failed to parse body as FormData") and
 * answers 500. Checked after refusalFor, so the body is at most 1 MB (6 MB on the upload page, 16 MB on a measure's page).
 */
export async function formRefusalFor(request: Checked & { clone(): Request }): Promise<Refusal | null> {
  if (READS.has(request.method) || API.test(request.nextUrl.pathname)) return null;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return { status: 400, reason: "badForm" };
  }
}

/** The refusal in the visitor's language (English under /en, German everywhere else). */
export function refusalText(refusal: Refusal, pathname: string) {
  return (/^\/en(?:\/|$)/.test(pathname) ? en : de).Http[refusal.reason];
}
