import { z } from "zod";
import { TRANSLATION_LOCALES, type TranslationLocale } from "../../i18n/locales";
import type { OfferData } from "../offers/schema";
import { parseReviewComment } from "./schema";

// Each translation has a review state of its own, but a reviewer still decides on one revision.
// Model: approving a revision may reject some of the translations it changes, each with a reason.
// Those locales are published as they were before (the old translation stays, or there is none),
// and the reasons are kept on the revision (ServiceRevision.rejectedTranslations), where the form
// reads them back for the provider. So there is no second kind of pending row to keep in step:
// submitted = in an open revision, published = a ServiceTranslation row, rejected = named on the
// latest decided revision. No "server-only": pure functions, shared by queries and mutations.

type Translation = OfferData["translations"][number];
const TEXT = ["name", "description", "eligibilityDescription", "feesDescription", "applicationProcess"] as const;

export type TranslationRejections = Partial<Record<TranslationLocale, string>>;
export type RejectionErrors = Partial<Record<TranslationLocale, "too_short" | "too_long">>;

const sameText = (a: Translation | undefined, b: Translation | undefined) =>
  !!a && !!b && TEXT.every((f) => (a[f] ?? null) === (b[f] ?? null));

/** Locales whose translation the draft adds, edits, removes or confirms as still current. */
export function changedTranslationLocales(published: OfferData | null, draft: OfferData): TranslationLocale[] {
  const of = (d: OfferData | null, l: string) => d?.translations.find((t) => t.locale === l);
  return TRANSLATION_LOCALES.filter((l) => {
    const before = of(published, l);
    const after = of(draft, l);
    if (!before && !after) return false;
    return !sameText(before, after) || !!after?.stillCurrent;
  });
}

/** What is published when `rejected` locales are refused: their previously published translation, or none. */
export function withoutRejected(draft: OfferData, published: OfferData | null, rejected: readonly string[]): OfferData {
  if (rejected.length === 0) return draft;
  const kept = draft.translations.filter((t) => !rejected.includes(t.locale));
  const restored = (published?.translations ?? []).filter((t) => rejected.includes(t.locale)).map((t) => ({ ...t, stillCurrent: false }));
  return { ...draft, translations: [...kept, ...restored] };
}

/**
 * The reviewer's rejections: locale -> reason (a review comment's rules). Only locales the revision
 * changes count; any other key is ignored (the review form offers no other).
 */
export function parseTranslationRejections(
  input: unknown,
  changed: readonly TranslationLocale[],
): { ok: true; value: TranslationRejections } | { ok: false; errors: RejectionErrors } {
  const raw = z.record(z.string(), z.unknown()).safeParse(input ?? {});
  const value: TranslationRejections = {};
  const errors: RejectionErrors = {};
  for (const locale of changed) {
    if (!raw.success || !(locale in raw.data)) continue;
    const reason = parseReviewComment(raw.data[locale]);
    if (reason.ok) value[locale] = reason.comment;
    else errors[locale] = reason.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** The rejections stored on a revision (JSON column), read defensively. */
export function readRejections(json: unknown): TranslationRejections {
  const parsed = z.partialRecord(z.enum(TRANSLATION_LOCALES), z.string()).safeParse(json);
  return parsed.success ? parsed.data : {};
}
