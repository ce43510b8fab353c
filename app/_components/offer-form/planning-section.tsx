"use client";
import { useTranslations } from "next-intl";
import type { EditOptions } from "@/server/revisions/edit-options";
import { CheckboxGroup, Section, sectionId, TextArea, TextInput, YesNoSelect } from "./controls";
import type { OfferFields } from "./offer-form";

type Props = { fields: OfferFields; options: EditOptions; cityFields: boolean };

/** Fields for professionals and planners, never public; funding and legal basis only for the city's staff. */
export function PlanningSection({ fields, options, cityFields }: Props) {
  const t = useTranslations("OfferForm");
  const f = useTranslations("Review.fields");
  const p = fields.planning.getFieldset();
  return (
    <Section id={sectionId("planning")} legend={t("sections.planning")}>
      <p className="text-sm text-gray-700">{t("hints.planning")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput field={p.places} label={t("planning.places")} type="number" optional />
        <TextInput field={p.staffFte} label={t("planning.staffFte")} type="number" optional />
        <TextInput field={p.waitingTimeWeeks} label={t("planning.waitingTimeWeeks")} type="number" optional />
      </div>
      <YesNoSelect field={p.acceptingNewClients} label={t("planning.acceptingNewClients")} />
      <TextInput field={p.professionalContact} label={t("planning.professionalContact")} optional maxLength={500} />
      <TextArea field={p.intakeCriteria} label={t("planning.intakeCriteria")} optional maxLength={2000} />
      {cityFields && (
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("hints.cityOnly")}</legend>
          <TextInput field={p.legalBasis} label={t("planning.legalBasis")} optional maxLength={300} />
          <TextInput field={p.lszFundingArea} label={t("planning.lszFundingArea")} optional maxLength={300} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput field={p.lszFundingStage} label={t("planning.lszFundingStage")} type="number" optional />
            <TextInput field={p.fundingAmountEur} label={t("planning.fundingAmountEur")} type="number" optional />
          </div>
        </fieldset>
      )}
      <CheckboxGroup
        field={fields.measureIds}
        legend={f("measureIds")}
        hint={t("hints.measures")}
        groups={options.measures}
        columns={false}
      />
    </Section>
  );
}
