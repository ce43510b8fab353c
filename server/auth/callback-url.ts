// No "server-only": proxy.ts imports this file (through server/http/request-guard.ts).

/**
 * Where to go after signing in or out: a path of this site, else `fallback`. Used by the sign-in
 * page (so a foreign URL never reaches its form) and by next-auth's redirect callback, which sees
 * whatever a client posts or keeps in the callback-url cookie: next-auth's default callback throws
 * on a value such as "foo" (`new URL("foo")`), a 500 on every auth route.
 * Only "/..." paths and absolute URLs of the site itself count; "//host" and "/\host" (another
 * host to a browser), relative words and anything unparsable are ignored.
 */
export function safeCallbackPath(value: string | string[] | undefined, siteUrl: string, fallback: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return fallback;
  try {
    const base = new URL(siteUrl);
    const url = new URL(raw, base);
    const pathOnly = raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\");
    if (!(pathOnly || /^https?:\/\//i.test(raw)) || url.origin !== base.origin) return fallback;
    return `${url.pathname}${url.search}`;
  } catch {
    return fallback;
  }
}

/**
 * A callback URL next-auth 4 can read at all: a path, or an absolute http(s) URL. Any other value
 * in its `callbackUrl` query parameter or callback-url cookie fails next-auth's own check
 * (core/lib/assert.js) with a 500 "problem with the server configuration", before our redirect
 * callback is asked; proxy.ts refuses or drops such values first.
 */
export function isReadableCallbackUrl(value: string): boolean {
  if (!value.startsWith("/") && !/^https?:\/\//i.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, "http://localhost").protocol);
  } catch {
    return false;
  }
}

/** next-auth's callback-url cookie, plain (http) and with the prefix it uses under https. */
export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;
