"use client";
import { useTranslations } from "next-intl";
import { Checkbox, Section } from "./controls";
import type { OfferFields } from "./offer-form";

/**
 * Reviewers only: whether the offer protects people at risk (women's shelter, violence protection),
 * so its page and result lists holding it show Quick-Exit. Providers do not get the field, and the
 * server keeps the stored value for them (server/revisions/apply-form.ts).
 */
export function ProtectionSection({ fields }: { fields: OfferFields }) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  return (
    <Section legend={t("sections.protection")}>
      <p className="text-sm text-gray-700">{t("hints.protection")}</p>
      <Checkbox field={fields.protectionOffer} label={f("protectionOffer")} />
    </Section>
  );
}
