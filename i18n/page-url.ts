import { DEFAULT_LOCALE } from "./locales";

// The address of the page being rendered, for the language switch and the hreflang alternates.
// No "server-only": proxy.ts sets the header.

/** Request header proxy.ts sets on every request (overwriting whatever a client sent): the path and query as requested. */
export const PAGE_URL_HEADER = "x-angebotskatalog-page";

/** A page's address without its locale: the path as the routes know it and the query string as it came ("" or "?..."). */
export type PagePath = { pathname: string; search: string };

/**
 * The longest query the language switch and the alternates carry over (each page repeats it about a
 * dozen times). A resident's search, even with every filter ticked, stays well below it; a longer
 * one is made up, and its page is offered in other languages without it.
 */
export const MAX_CARRIED_QUERY = 2048;

/**
 * Splits a requested address ("/uk/angebote/7?suche=x") into its locale-free path and query.
 * Anything but a local path (missing, "//host", a full URL) becomes the start page.
 */
export function pagePathOf(requested: string | null | undefined, locale: string): PagePath {
  const start = { pathname: "/", search: "" };
  if (!requested?.startsWith("/") || requested.startsWith("//")) return start;
  let url: URL;
  try {
    url = new URL(requested, "http://localhost");
  } catch {
    return start;
  }
  const prefix = `/${locale}`;
  const pathname = url.pathname === prefix ? "/" : url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
  // One leading slash: "/uk//host" must not become the protocol-relative link "//host" on the German side.
  const search = url.search.length <= MAX_CARRIED_QUERY ? url.search : "";
  return { pathname: pathname.replace(/^\/+/, "/"), search };
}

/** The same page in `locale`: German unprefixed at "/", every other language under its prefix ("/uk", "/uk/angebote/7"). */
export function localeHref(locale: string, { pathname, search }: PagePath): string {
  if (locale === DEFAULT_LOCALE) return `${pathname}${search}`;
  return `/${locale}${pathname === "/" ? "" : pathname}${search}`;
}
