"use client";
import { useTranslations } from "next-intl";
import { PHONE_TYPES } from "@/server/offers/schema";
import { Row, secondaryButtonClass, Section, sectionId, Select, TextInput } from "./controls";
import type { OfferFields, OfferFormMeta } from "./offer-form";

type Props = { form: OfferFormMeta; fields: OfferFields };

/** Website, e-mail, phone numbers and contact persons (phones and persons as removable rows). */
export function ContactSection({ form, fields }: Props) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  const phoneTypes = PHONE_TYPES.map((p) => ({ value: p, label: t(`phoneTypes.${p}`) }));
  return (
    <Section id={sectionId("contact")} legend={t("sections.contact")}>
      <TextInput field={fields.url} label={f("url")} hint={t("hints.url")} type="url" optional />
      <TextInput field={fields.email} label={f("email")} type="email" optional />
      {fields.phones.getFieldList().map((item, index) => {
        const p = item.getFieldset();
        const legend = t("phone.legend", { n: index + 1 });
        return (
          <Row
            key={item.key}
            legend={legend}
            removeButton={
              <button {...form.remove.getButtonProps({ name: fields.phones.name, index })} aria-label={`${t("remove")}: ${legend}`} className={secondaryButtonClass}>
                {t("remove")}
              </button>
            }
          >
            <TextInput field={p.number} label={t("phone.number")} hint={t("hints.phone")} type="tel" maxLength={40} />
            <TextInput field={p.extension} label={t("phone.extension")} optional maxLength={20} />
            <Select field={p.type} label={t("phone.type")} choices={phoneTypes} />
            <TextInput field={p.description} label={t("phone.description")} optional maxLength={300} />
          </Row>
        );
      })}
      <button {...form.insert.getButtonProps({ name: fields.phones.name, defaultValue: { type: "voice" } })} className={secondaryButtonClass}>
        {t("phone.add")}
      </button>
      {fields.contacts.getFieldList().map((item, index) => {
        const c = item.getFieldset();
        const legend = t("contact.legend", { n: index + 1 });
        return (
          <Row
            key={item.key}
            legend={legend}
            removeButton={
              <button {...form.remove.getButtonProps({ name: fields.contacts.name, index })} aria-label={`${t("remove")}: ${legend}`} className={secondaryButtonClass}>
                {t("remove")}
              </button>
            }
          >
            <TextInput field={c.name} label={t("contact.name")} optional maxLength={200} />
            <TextInput field={c.title} label={t("contact.title")} optional maxLength={200} />
            <TextInput field={c.department} label={t("contact.department")} optional maxLength={200} />
            <TextInput field={c.email} label={t("contact.email")} type="email" optional />
          </Row>
        );
      })}
      <button {...form.insert.getButtonProps({ name: fields.contacts.name })} className={secondaryButtonClass}>
        {t("contact.add")}
      </button>
    </Section>
  );
}
