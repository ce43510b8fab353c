"use client";
import type { FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { ADDRESS_VISIBILITIES, weekdays } from "@/server/offers/schema";
import type { EditOptions } from "@/server/revisions/edit-options";
import type { OfferFormInput } from "@/server/revisions/form";
import { Row, secondaryButtonClass, Section, sectionId, Select, TextArea, TextInput, YesNoSelect } from "./controls";
import type { OfferFields, OfferFormMeta } from "./offer-form";

type Props = { form: OfferFormMeta; fields: OfferFields; options: EditOptions };
type SchedulesField = FieldMetadata<OfferFormInput["schedules"], OfferFormInput, string[]>;

/** Opening times as removable rows: weekday, from, to, note. */
function ScheduleRows({ form, field, legend }: { form: OfferFormMeta; field: SchedulesField; legend: string }) {
  const t = useTranslations("OfferForm");
  const tw = useTranslations("Weekday");
  const days = weekdays.map((d) => ({ value: d, label: tw(d) }));
  const rows = field.getFieldList();
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">{legend}</legend>
      {rows.length === 0 && <p className="text-sm text-gray-700">{t("schedule.none")}</p>}
      {rows.map((item, index) => {
        const s = item.getFieldset();
        const rowLegend = `${legend}: ${t("schedule.legend", { n: index + 1 })}`;
        return (
          <Row
            key={item.key}
            legend={t("schedule.legend", { n: index + 1 })}
            removeButton={
              <button {...form.remove.getButtonProps({ name: field.name, index })} aria-label={`${t("remove")}: ${rowLegend}`} className={secondaryButtonClass}>
                {t("remove")}
              </button>
            }
          >
            <div className="grid gap-3 sm:grid-cols-3">
              <Select field={s.weekday} label={t("schedule.weekday")} choices={days} />
              <TextInput field={s.opensAt} label={t("schedule.opensAt")} type="time" />
              <TextInput field={s.closesAt} label={t("schedule.closesAt")} type="time" />
            </div>
            <TextInput field={s.description} label={t("schedule.description")} optional maxLength={300} />
          </Row>
        );
      })}
      <button {...form.insert.getButtonProps({ name: field.name, defaultValue: { weekday: "MO" } })} aria-label={`${t("schedule.add")}: ${legend}`} className={secondaryButtonClass}>
        {t("schedule.add")}
      </button>
    </fieldset>
  );
}

/** Whether the address is public, the places with their accessibility and hours, and hours without a place. */
export function PlacesSection({ form, fields, options }: Props) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  return (
    <Section id={sectionId("places")} legend={t("sections.places")}>
      <Select
        field={fields.addressVisibility}
        label={f("addressVisibility")}
        hint={t("hints.addressVisibility")}
        choices={ADDRESS_VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
      />
      {fields.locations.errors && <p className="font-semibold text-red-700">{fields.locations.errors.map((c) => t(`errors.${c as "invalid"}`)).join(" ")}</p>}
      {fields.locations.getFieldList().map((item, index) => {
        const l = item.getFieldset();
        const legend = t("location.legend", { n: index + 1 });
        return (
          <Row
            key={item.key}
            legend={legend}
            removeButton={
              <button {...form.remove.getButtonProps({ name: fields.locations.name, index })} className={secondaryButtonClass}>
                {t("location.removeLabel", { n: index + 1 })}
              </button>
            }
          >
            <input type="hidden" name={l.id.name} value={(l.id.initialValue as string | undefined) ?? ""} />
            <TextInput field={l.name} label={t("location.name")} optional maxLength={200} />
            <TextInput field={l.street} label={t("location.street")} optional maxLength={200} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextInput field={l.postalCode} label={t("location.postalCode")} hint={t("hints.postalCode")} optional maxLength={5} />
              <TextInput field={l.city} label={t("location.city")} optional maxLength={100} />
            </div>
            <Select field={l.planningAreaCode} label={t("location.planningAreaCode")} optional empty={t("unknown")} choices={options.planningAreas} />
            <div className="grid gap-3 sm:grid-cols-3">
              <YesNoSelect field={l.stepFree} label={t("location.stepFree")} />
              <YesNoSelect field={l.accessibleToilet} label={t("location.accessibleToilet")} />
              <YesNoSelect field={l.hearingLoop} label={t("location.hearingLoop")} />
            </div>
            <TextArea field={l.accessibilityNote} label={t("location.accessibilityNote")} optional maxLength={1000} />
            <ScheduleRows form={form} field={l.schedules as SchedulesField} legend={`${legend}: ${t("location.schedules")}`} />
          </Row>
        );
      })}
      <button {...form.insert.getButtonProps({ name: fields.locations.name, defaultValue: { city: "Eisenach" } })} className={secondaryButtonClass}>
        {t("location.add")}
      </button>
      <ScheduleRows form={form} field={fields.schedules as SchedulesField} legend={t("schedule.offerLevel")} />
    </Section>
  );
}
