import { z } from "zod";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type SupportedLocale } from "./locales";

const isSupported = (code: string): code is SupportedLocale => (SUPPORTED_LOCALES as readonly string[]).includes(code);

/**
 * SITE_LOCALES: the languages this site serves, a comma list such as "de,en,uk" (unset or empty:
 * all supported ones). German is the source language every catalogue falls back to, so it is always
 * served. The result keeps the order of SUPPORTED_LOCALES, so the language switch reads the same on
 * every site. No "server-only": proxy.ts reads the variable too (server/env.ts validates it at start-up).
 */
export const siteLocalesSchema = z
  .string()
  .optional()
  .transform((value, ctx): SupportedLocale[] => {
    const listed = (value ?? "").split(",").map((code) => code.trim().toLowerCase()).filter(Boolean);
    if (listed.length === 0) return [...SUPPORTED_LOCALES];
    const unknown = listed.filter((code) => !isSupported(code));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", message: `lists unknown languages (${unknown.join(", ")}); the site has ${SUPPORTED_LOCALES.join(", ")}` });
      return z.NEVER;
    }
    if (!listed.includes(DEFAULT_LOCALE)) {
      ctx.addIssue({ code: "custom", message: `must include ${DEFAULT_LOCALE} (German is the source language), e.g. ${DEFAULT_LOCALE},en` });
      return z.NEVER;
    }
    return SUPPORTED_LOCALES.filter((code) => listed.includes(code));
  });

/** The enabled languages from the raw variable; throws on an invalid value like server/env.ts does. */
export function parseSiteLocales(value: string | undefined): SupportedLocale[] {
  return siteLocalesSchema.parse(value);
}
