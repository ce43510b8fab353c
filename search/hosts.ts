// Not "server-only" and free of the environment: server/env.ts validates MEILI_HOST with it, and
// `npm run setup:keys` reads MEILI_HOST with it before any of the site's variables exist.

/** MEILI_HOST's servers, in the order given, without trailing slashes. */
export const splitHosts = (value: string) =>
  value.split(",").map((h) => h.trim().replace(/\/+$/, "")).filter(Boolean);
