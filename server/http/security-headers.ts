// The site's security headers, in one place. No "server-only" and no env module: proxy.ts and
// next.config.ts import this file (the proxy reads TRUSTED_PROXIES itself; server/env.ts has
// validated it at start-up).

/** Directives every policy shares: nothing from third parties (GDPR, BITV), no framing, forms and <base> only to this site. */
const SHARED = [
  "default-src 'self'",
  "img-src 'self' data:",
  // Styles keep 'unsafe-inline': React renders `style` attributes (map colours, bar widths) and
  // Next inlines CSS; styles cannot run code, and scripts are what the nonce guards.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
];

/** React's development build evaluates code (`next dev` only); never in production. */
const DEV_EVAL = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

/**
 * Pages: only scripts carrying this request's nonce run, and what they load ('strict-dynamic', as
 * Next's CSP guide says: Next adds the nonce to its own inline and chunk scripts when it finds it
 * in the request's Content-Security-Policy header). 'self' is for browsers without CSP 3 only.
 */
export const pagePolicy = (nonce: string) => [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEV_EVAL}`, ...SHARED].join("; ");

/** API answers, files and refusals, which no page renders around: no inline script at all. */
export const STATIC_POLICY = [`script-src 'self'${DEV_EVAL}`, ...SHARED].join("; ");

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

/** Headers every response gets, build files included (next.config.ts); the proxy sets the policy and HSTS per request. */
export const STATIC_HEADERS = [
  { key: "Content-Security-Policy", value: STATIC_POLICY },
  // same-origin, not no-referrer: with no-referrer a plain form POST carries "Origin: null" and
  // Next refuses the server action, so forms would fail without JavaScript.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

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
