import "server-only";
import { env } from "../env";
import { SUPPORTED_LOCALES, type SupportedLocale } from "@/i18n/locales";

/**
 * The languages this site serves (SITE_LOCALES), in the order of SUPPORTED_LOCALES; German first.
 * Every page, link and alternate that names a language takes them from here.
 */
export function enabledLocales(): readonly SupportedLocale[] {
  // `next build` does not validate the environment (server/env.ts); pages render per request, where it is.
  return Array.isArray(env.SITE_LOCALES) ? env.SITE_LOCALES : SUPPORTED_LOCALES;
}

export function isEnabledLocale(code: string): code is SupportedLocale {
  return (enabledLocales() as readonly string[]).includes(code);
}
