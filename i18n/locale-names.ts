import type { SupportedLocale } from "./locales";

/**
 * Each language named in itself, as the language switch shows it: a reader finds their language
 * whatever language the page is in. Capitalised as a menu entry (Intl.DisplayNames gives
 * "українська" in running text).
 */
export const LOCALE_NAMES: Record<SupportedLocale, string> = {
  de: "Deutsch",
  en: "English",
  uk: "Українська",
  ru: "Русский",
  ar: "العربية",
  fa: "فارسی",
};
