/**
 * Message namespaces (messages/<locale>/<name>.json) residents read: complete in every supported
 * locale (tests/unit/missing-keys.test.ts). The staff namespaces (provider, review, planning,
 * admin, network, auth pages) are German and English; in the other locales they fall back to
 * German, since the city's staff work in German.
 */
export const RESIDENT_NAMESPACES = [
  "layout",
  "search",
  "offer",
  "weekday",
  "hours",
  "directory",
  "facets",
  "pages",
  "merkliste",
  "report",
  "start",
  "http",
] as const;
