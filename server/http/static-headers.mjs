// @ts-check
// The security headers every response gets, build files included: plain JavaScript because
// next.config.mjs imports it as well as proxy.ts (server/http/security-headers.ts).

/** Directives every policy shares: nothing from third parties (GDPR, BITV), no framing, forms and <base> only to this site. */
export const SHARED_DIRECTIVES = [
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
export const DEV_EVAL = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

/** API answers, files and refusals, which no page renders around: no inline script at all. */
export const STATIC_POLICY = [`script-src 'self'${DEV_EVAL}`, ...SHARED_DIRECTIVES].join("; ");

/** Headers every response gets; the proxy sets the policy (a nonce for pages) and HSTS per request. */
export const STATIC_HEADERS = [
  { key: "Content-Security-Policy", value: STATIC_POLICY },
  // same-origin, not no-referrer: with no-referrer a plain form POST carries "Origin: null" and
  // Next refuses the server action, so forms would fail without JavaScript.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];
