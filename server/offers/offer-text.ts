import { z } from "zod";
import { DEFAULT_LOCALE, LEICHTE_SPRACHE } from "../../i18n/locales";

// Which text of an offer a resident reads: German (the source), the approved translation of the
// page's language, or Leichte Sprache. A translation may leave a field empty (e.g. no fees text):
// that field then stays German, so every field carries the language it is written in and the page
// marks German text with lang="de" on a page in another language. Pure: texts only, never a place.

/** `?text=` on the offer page: the no-JS switch between Leichte Sprache and the standard text. */
export const TEXT_VIEWS = ["leicht", "standard"] as const;
export type TextView = (typeof TEXT_VIEWS)[number];
const textViewSchema = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(TEXT_VIEWS).optional().catch(undefined));

/**
 * The offer page's text from its raw `?text=`: Leichte Sprache comes first on the German page
 * (where an offer has it) unless the resident chose the standard text; on other pages only when asked for.
 */
export const offerPageView = (raw: unknown, locale: string): TextView =>
  textViewSchema.parse(raw) ?? (locale === DEFAULT_LOCALE ? "leicht" : "standard");

/** An approved translation row as the public select reads it. */
export type StoredTranslation = {
  locale: string;
  name: string;
  description: string;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  applicationProcess: string | null;
  outdatedSince: Date | null;
};

type GermanText = {
  name: string;
  description: string;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  applicationProcess: string | null;
};

const FIELDS = ["name", "description", "eligibilityDescription", "feesDescription", "applicationProcess"] as const;
type Field = (typeof FIELDS)[number];

/**
 * What the page shows: `original` (German page, German text), `translated` (the page's language),
 * `germanOnly` (no translation for the page's language: German text and a note),
 * `leichteSprache` (the Leichte Sprache text).
 */
export type TextKind = "original" | "translated" | "germanOnly" | "leichteSprache";

export type OfferText = Record<Field, string | null> & {
  name: string;
  description: string;
  kind: TextKind;
  /** The translation shown was approved before the German text last changed. */
  outdated: boolean;
  /** The HTML `lang` of each field as shown (Leichte Sprache is German: "de"). */
  lang: Record<Field, string>;
  /** An approved Leichte Sprache text exists, so the page offers the switch. */
  hasLeichteSprache: boolean;
};

/** The HTML `lang` value of a text locale: Leichte Sprache is German to browsers and screen readers. */
export const htmlLang = (textLocale: string) => (textLocale === LEICHTE_SPRACHE ? DEFAULT_LOCALE : textLocale);

/** Leichte Sprache where it is asked for and exists; otherwise the page's language, German as the fallback. */
export function resolveOfferText(german: GermanText, translations: readonly StoredTranslation[], locale: string, view: TextView = "standard"): OfferText {
  const ls = translations.find((t) => t.locale === LEICHTE_SPRACHE);
  const useLs = ls && view === "leicht";
  const own = locale === DEFAULT_LOCALE ? undefined : translations.find((t) => t.locale === locale);
  const chosen = useLs ? ls : own;
  const kind: TextKind = useLs ? "leichteSprache" : own ? "translated" : locale === DEFAULT_LOCALE ? "original" : "germanOnly";
  const pick = (field: Field) => {
    const value = chosen?.[field];
    return value ? { value, lang: htmlLang(chosen.locale) } : { value: german[field], lang: DEFAULT_LOCALE };
  };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, pick(f)])) as Record<Field, { value: string | null; lang: string }>;
  return {
    name: fields.name.value!,
    description: fields.description.value!,
    eligibilityDescription: fields.eligibilityDescription.value,
    feesDescription: fields.feesDescription.value,
    applicationProcess: fields.applicationProcess.value,
    kind,
    outdated: !!chosen?.outdatedSince,
    lang: Object.fromEntries(FIELDS.map((f) => [f, fields[f].lang])) as Record<Field, string>,
    hasLeichteSprache: !!ls,
  };
}

/** A taxonomy term's label for a text locale ("de-x-ls" included), German as the fallback, with its HTML `lang`. */
export function termLabel(term: { name: string; labels: unknown }, textLocale: string) {
  const labels = term.labels && typeof term.labels === "object" ? (term.labels as Record<string, unknown>) : {};
  const own = labels[textLocale];
  return typeof own === "string" && own.trim() ? { label: own, lang: htmlLang(textLocale) } : { label: term.name, lang: DEFAULT_LOCALE };
}
