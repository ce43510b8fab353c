// The site's security headers per request (proxy.ts). No "server-only" and no env module: the
// proxy reads TRUSTED_PROXIES itself (server/env.ts has validated it at start-up). What every
// response gets, build files included, is in static-headers.mjs, which next.config.mjs shares.
import { DEV_EVAL, SHARED_DIRECTIVES, STATIC_POLICY } from "./static-headers.mjs";

export { STATIC_POLICY } from "./static-headers.mjs";

/**
 * Pages: only scripts carrying this request's nonce run, and what they load ('strict-dynamic', as
 * Next's CSP guide says: Next adds the nonce to its own inline and chunk scripts when it finds it
 * in the request's Content-Security-Policy header). 'self' is for browsers without CSP 3 only.
 */
export const pagePolicy = (nonce: string) => [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEV_EVAL}`, ...SHARED_DIRECTIVES].join("; ");

/**
 * Evidence documents (server/http/evidence-document.ts) are files people uploaded: should a
 * browser render one rather than download it, it runs nothing as part of this site.
 */
export const UPLOADED_FILE_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";
const UPLOADED_FILES = /^\/planung\/plan\/nachweise\/[^/]+$/;

const API = /^\/api(?:\/|$)/;

export type Policy = { policy: string; nonce: string | null };

/** The policy of a request the proxy sees: a nonce for everything that may render a page (404s included), static otherwise. */
export function policyFor(pathname: string): Policy {
  if (UPLOADED_FILES.test(pathname)) return { policy: UPLOADED_FILE_POLICY, nonce: null };
  if (API.test(pathname)) return { policy: STATIC_POLICY, nonce: null };
  const nonce = newNonce();
  return { policy: pagePolicy(nonce), nonce };
}

/** 128 random bits, base64 (a nonce must be unguessable and new on every request). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** A year; the site's own subdomains too. No preload: that is the city's decision for its whole domain. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Whether the client reached us over TLS. `next start` speaks plain HTTP, so TLS ends at a reverse
 * proxy, which says so in X-Forwarded-Proto. The header counts only behind trusted proxies
 * (TRUSTED_PROXIES, as for the client's address in server/http/client-ip.ts): without one, a
 * client could send it. Proxies that append give a list; the entry of the outermost trusted
 * proxy is the N-th from the right (the leftmost when they overwrite it, as nginx and Caddy do).
 */
export function cameOverTls(forwardedProto: string | null, trustedProxies: number): boolean {
  if (trustedProxies < 1 || !forwardedProto) return false;
  const entries = forwardedProto.split(",").map((e) => e.trim().toLowerCase());
  return entries[Math.max(0, entries.length - trustedProxies)] === "https";
}

/** TRUSTED_PROXIES as server/env.ts validated it (0 when unset). */
export const trustedProxies = () => Number(process.env.TRUSTED_PROXIES || 0);
