/**
 * Every language the site has message catalogues for (messages/<locale>/). German is the source
 * language and the default (served at `/`); a city enables a subset at run time (issue 12).
 * Arabic and Farsi are written right to left.
 */
export const SUPPORTED_LOCALES = ["de", "en", "uk", "ru", "ar", "fa"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE = "de" satisfies SupportedLocale;
export const RTL_LOCALES: readonly string[] = ["ar", "fa"];

/** Leichte Sprache (easy-to-read German) as a BCP 47 private-use tag. */
export const LEICHTE_SPRACHE = "de-x-ls";

/** Languages an offer's resident-facing text can be translated into: Leichte Sprache and every non-default locale. */
export const TRANSLATION_LOCALES = [LEICHTE_SPRACHE, "en", "uk", "ru", "ar", "fa"] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];
