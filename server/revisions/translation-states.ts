import "server-only";
import { TRANSLATION_LOCALES, type TranslationLocale } from "../../i18n/locales";
import { db } from "../db";
import type { OfferData } from "../offers/schema";
import { changedTranslationLocales, readRejections } from "./translation-review";

/** What the offer form says about one translation (see translation-review.ts for the model). */
export type TranslationStatus = {
  state: "none" | "published" | "outdated" | "submitted" | "rejected";
  /** A published translation exists (it can be confirmed as still current). */
  published: boolean;
  /** ISO timestamp: since when the published translation lags behind the German text. */
  outdatedSince: string | null;
  /** The reviewer's reason, for a rejected translation. */
  reason: string | null;
};
export type TranslationStatuses = Record<TranslationLocale, TranslationStatus>;

/**
 * Each translation's state for the form: submitted (changed in the person's open revision),
 * rejected (refused when the latest decided revision was approved), outdated, published or none.
 */
export async function getTranslationStatuses(serviceId: string, published: OfferData | null, open: OfferData | null): Promise<TranslationStatuses> {
  const [rows, latest] = await Promise.all([
    db.serviceTranslation.findMany({ where: { serviceId }, select: { locale: true, outdatedSince: true } }),
    db.serviceRevision.findFirst({
      where: { serviceId, decidedAt: { not: null } },
      orderBy: { decidedAt: "desc" },
      select: { rejectedTranslations: true },
    }),
  ]);
  const submitted = open ? changedTranslationLocales(published, open) : [];
  const rejected = readRejections(latest?.rejectedTranslations);
  const entries = TRANSLATION_LOCALES.map((locale): [TranslationLocale, TranslationStatus] => {
    const row = rows.find((r) => r.locale === locale);
    const status = { published: !!row, outdatedSince: row?.outdatedSince?.toISOString() ?? null, reason: null };
    if (submitted.includes(locale)) return [locale, { ...status, state: "submitted" }];
    if (rejected[locale]) return [locale, { ...status, state: "rejected", reason: rejected[locale] }];
    if (row?.outdatedSince) return [locale, { ...status, state: "outdated" }];
    return [locale, { ...status, state: row ? "published" : "none" }];
  });
  return Object.fromEntries(entries) as TranslationStatuses;
}
