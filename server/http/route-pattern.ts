import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "../../i18n/locales";

// The request log names a request's route pattern ("/[locale]/angebote/[id]"), never its path:
// paths carry offer ids, tokens and whatever a client typed. Patterns come from the build's own
// routes manifest, matched the way Next matches them (static routes first, then the dynamic ones
// in the manifest's order, most specific first).

export type RoutesManifest = { staticRoutes: { page: string }[]; dynamicRoutes: { page: string; regex: string }[] };

/** Localised pages: proxy.ts's `PAGES`, the paths it routes through next-intl (no API, no Next internals, no files). */
const LOCALISED = /^\/(?!api|_next|.*\..*)/;

/** German pages have no prefix (`localePrefix: "as-needed"`): next-intl serves "/angebote/x" as "/de/angebote/x". */
function internalPath(pathname: string) {
  const p = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (!LOCALISED.test(p)) return p;
  const first = p.split("/")[1];
  return (SUPPORTED_LOCALES as readonly string[]).includes(first) ? p : `/${DEFAULT_LOCALE}${p === "/" ? "" : p}`;
}

/** A function from a request path (no query) to its route pattern, or null when no route matches (a 404). */
export function routeMatcher(manifest: RoutesManifest) {
  const statics = new Set(manifest.staticRoutes.map((r) => r.page));
  const dynamics = manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname: string): string | null => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static/[...file]";
    const p = internalPath(pathname);
    if (statics.has(p)) return p;
    return dynamics.find((r) => r.regex.test(p))?.page ?? null;
  };
}

/** The matcher for this process's build (NEXT_DIST_DIR, as next.config.mjs); without a build (`next dev`) every route is null. */
export function buildRouteMatcher(): (pathname: string) => string | null {
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "routes-manifest.json");
    return routeMatcher(JSON.parse(readFileSync(file, "utf8")) as RoutesManifest);
  } catch {
    return () => null;
  }
}

/** Next's `routePath` of a failed request ("/[locale]/(public)/angebote/[id]") as the request log names it: without route groups. */
export const errorRoute = (routePath: string) => routePath.replace(/\/\([^/)]+\)(?=\/|$)/g, "") || "/";
