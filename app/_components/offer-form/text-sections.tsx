"use client";
import { useLocale, useTranslations } from "next-intl";
import type { EditOptions } from "@/server/revisions/edit-options";
import { LANGUAGE_CHOICES } from "@/server/revisions/form";
import { CHANNELS, SERVICE_AREA_SCOPES, OFFER_STATUSES } from "@/server/offers/schema";
import { languageName } from "@/app/_components/language-name";
import { Checkbox, CheckboxGroup, Section, sectionId, Select, TextArea, TextInput, YesNoSelect } from "./controls";
import type { OfferFields } from "./offer-form";

// The sections of the offer form that are plain fields (no repeated rows).

type WithFields = { fields: OfferFields };
type WithOptions = WithFields & { options: EditOptions };

export function BasicsSection({ fields }: WithFields) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  return (
    <Section id={sectionId("basics")} legend={t("sections.basics")}>
      <TextInput field={fields.name} label={f("name")} maxLength={200} />
      <TextInput field={fields.alternateName} label={f("alternateName")} optional maxLength={200} />
      <TextArea field={fields.description} label={f("description")} rows={8} maxLength={10_000} />
      <Select field={fields.status} label={f("status")} choices={OFFER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
    </Section>
  );
}

export function AudienceSection({ fields, options }: WithOptions) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  return (
    <Section id={sectionId("audience")} legend={t("sections.audience")}>
      <TextArea field={fields.eligibilityDescription} label={f("eligibilityDescription")} optional maxLength={4000} />
      <CheckboxGroup field={fields.handlungsfelder} legend={f("handlungsfelder")} choices={options.handlungsfelder} columns={false} />
      <CheckboxGroup field={fields.lebensphasen} legend={f("lebensphasen")} choices={options.lebensphasen} />
      <CheckboxGroup field={fields.angebotsarten} legend={f("angebotsarten")} choices={options.angebotsarten} />
    </Section>
  );
}

export function AccessSection({ fields, options }: WithOptions) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  // The list offered, plus whatever the offer already has (an import may bring other languages).
  const codes = [...new Set([...LANGUAGE_CHOICES, ...[fields.languages.initialValue ?? []].flat().filter((c): c is string => !!c)])];
  const languages = codes.map((c) => ({ value: c, label: languageName(names, c) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <Section id={sectionId("access")} legend={t("sections.access")}>
      <YesNoSelect field={fields.free} label={f("free")} />
      <TextArea field={fields.feesDescription} label={f("feesDescription")} optional maxLength={2000} />
      <TextArea field={fields.applicationProcess} label={f("applicationProcess")} optional maxLength={4000} />
      <TextArea field={fields.requiredDocuments} label={f("requiredDocuments")} hint={t("hints.requiredDocuments")} optional />
      <Checkbox field={fields.appointmentRequired} label={f("appointmentRequired")} />
      <Checkbox field={fields.byArrangement} label={f("byArrangement")} />
      <Checkbox field={fields.anonymousPossible} label={f("anonymousPossible")} />
      <CheckboxGroup field={fields.hinweise} legend={f("hinweise")} hint={t("hints.hinweise")} choices={options.hinweise} />
      <CheckboxGroup field={fields.channels} legend={f("channels")} choices={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
      <CheckboxGroup field={fields.languages} legend={f("languages")} choices={languages} />
      <YesNoSelect field={fields.interpreterAvailable} label={f("interpreterAvailable")} />
      <YesNoSelect field={fields.homeVisits} label={f("homeVisits")} />
    </Section>
  );
}

export function AreaSection({ fields, options }: WithOptions) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  return (
    <Section id={sectionId("area")} legend={t("sections.area")}>
      <Select field={fields.serviceAreaScope} label={f("serviceAreaScope")} choices={SERVICE_AREA_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))} />
      <CheckboxGroup field={fields.serviceAreaCodes} legend={f("serviceAreaCodes")} choices={options.planningAreas} />
      <TextArea field={fields.serviceAreaNote} label={f("serviceAreaNote")} optional maxLength={1000} />
    </Section>
  );
}
