import type { SupportedLocale } from "@/i18n/locales";

/**
 * The one-line offer to read the page in the browser's language, written in that language: it is
 * shown to someone who may not read the page's language, so it never comes from the page's
 * catalogue. Kept here, next to its only use, rather than once per catalogue.
 */
export const LANGUAGE_OFFER_TEXT: Record<SupportedLocale, string> = {
  de: "Diese Seite auf Deutsch lesen",
  en: "Read this page in English",
  uk: "Читати цю сторінку українською",
  ru: "Читать эту страницу на русском",
  ar: "اقرأ هذه الصفحة بالعربية",
  fa: "این صفحه را به فارسی بخوانید",
};
