"use client";
import { useFormatter, useTranslations } from "next-intl";
import { RTL_LOCALES, LEICHTE_SPRACHE, TRANSLATION_LOCALES } from "@/i18n/locales";
import type { TranslationStatus, TranslationStatuses } from "@/server/revisions/translation-states";
import { Checkbox, Section, sectionId, TextArea, TextInput } from "./controls";
import { LeichteSpracheHints } from "./leichte-sprache-hints";
import type { OfferFields } from "./offer-form";

// One collapsible block per translation language, each saying where its translation stands
// (none, published, outdated, submitted, rejected). Its text fields carry the language, so
// spell-checking, screen readers and the writing direction (Arabic, Farsi) fit what is typed.

const TEXT_FIELDS = ["name", "description", "eligibilityDescription", "applicationProcess", "feesDescription"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const MAX: Record<TextField, number> = { name: 200, description: 10_000, eligibilityDescription: 4000, applicationProcess: 4000, feesDescription: 2000 };

const STATE_CLASS: Record<TranslationStatus["state"], string> = {
  none: "border-gray-500 text-gray-800",
  published: "border-green-700 text-green-900",
  outdated: "border-amber-700 text-amber-900",
  submitted: "border-blue-700 text-blue-900",
  rejected: "border-red-700 text-red-800",
};

export function TranslationsSection({ fields, statuses }: { fields: OfferFields; statuses: TranslationStatuses }) {
  const t = useTranslations("OfferForm");
  const format = useFormatter();
  return (
    <Section id={sectionId("translations")} legend={t("sections.translations")}>
      <p className="text-sm text-gray-700">{t("hints.translations")}</p>
      {fields.translations.getFieldList().slice(0, TRANSLATION_LOCALES.length).map((item, i) => {
        const tr = item.getFieldset();
        // One entry per language, in this order (toFormDefaults); by position, so a forged post
        // that the form shows again cannot name a language the form does not know.
        const locale = TRANSLATION_LOCALES[i]!;
        const status = statuses[locale];
        const language = t(`locales.${locale}`);
        const label = (field: TextField) => t("translation.field", { field: t(`translation.${field}`), language });
        const value = (field: TextField) => (typeof tr[field].value === "string" ? tr[field].value : undefined);
        const hasText = TEXT_FIELDS.some((f) => value(f)?.trim());
        const open = hasText || status.state === "rejected" || status.state === "outdated" || Object.keys(item.allErrors).length > 0;
        // Leichte Sprache is German; the other languages are typed in their own script and direction.
        const typed = { lang: locale === LEICHTE_SPRACHE ? "de" : locale, dir: RTL_LOCALES.includes(locale) ? ("rtl" as const) : undefined };
        const stateText = t(`translation.state.${status.state}`, { date: status.outdatedSince ? format.dateTime(new Date(status.outdatedSince), { dateStyle: "medium", timeZone: "Europe/Berlin" }) : "" });
        return (
          <details key={item.key} open={open} className="rounded border border-gray-300 bg-gray-50 p-3" data-locale={locale}>
            <summary className="cursor-pointer font-semibold">
              {language} <span className={`ms-2 inline-block rounded border px-2 text-sm font-normal ${STATE_CLASS[status.state]}`}>{stateText}</span>
            </summary>
            <div className="mt-3 space-y-3">
              {status.state === "outdated" && <p>{t("translation.outdatedNote")}</p>}
              {status.state === "rejected" && (
                <p className="rounded border-s-4 border-red-700 bg-red-50 p-2">
                  {t("translation.rejectedNote", { reason: status.reason ?? "" })} {status.published ? t("translation.rejectedKept") : t("translation.rejectedNone")}
                </p>
              )}
              <input type="hidden" name={tr.locale.name} value={locale} />
              <TextInput field={tr.name} label={label("name")} optional maxLength={MAX.name} {...typed} />
              {TEXT_FIELDS.slice(1).map((f) => (
                <TextArea key={f} field={tr[f]} label={label(f)} optional rows={f === "description" ? 6 : 4} maxLength={MAX[f]} {...typed} />
              ))}
              {locale === LEICHTE_SPRACHE && <LeichteSpracheHints id={`${tr.locale.id}-ls`} texts={TEXT_FIELDS.map((f) => ({ label: t(`translation.${f}`), value: value(f) }))} />}
              {status.published && <Checkbox field={tr.stillCurrent} label={t("translation.stillCurrent")} hint={t("translation.stillCurrentHint")} />}
            </div>
          </details>
        );
      })}
    </Section>
  );
}
