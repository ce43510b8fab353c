import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "./locales";

export const routing = defineRouting({
  locales: SUPPORTED_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // German without prefix, so /?q=... is the German search page.
  localePrefix: "as-needed",
  // `/` is always German; no redirect from a cookie or the browser's Accept-Language.
  localeDetection: false,
  // Without detection the NEXT_LOCALE cookie has no use, and residents' pages set no cookie at all.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
