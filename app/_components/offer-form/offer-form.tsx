"use client";
import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { EditOptions } from "@/server/revisions/edit-options";
import type { TranslationStatuses } from "@/server/revisions/translation-states";
import { offerFormSchema, type OfferFormInput } from "@/server/revisions/form";
import { ContactSection } from "./contact-section";
import { ErrorSummary } from "./error-summary";
import { PlacesSection } from "./places-section";
import { PlanningSection } from "./planning-section";
import { ProtectionSection } from "./protection-section";
import { SectionLinks } from "./section-links";
import { FormAlert, SubmitButtons, useServerForm, type ServerFormAction } from "./use-server-form";
import { AccessSection, AreaSection, AudienceSection, BasicsSection } from "./text-sections";
import { TranslationsSection } from "./translations-section";

type Props = {
  offerId: string;
  defaults: OfferFormInput;
  options: EditOptions;
  /** Reviewers: publish at once, and edit the city's fields (planning, protection offer). */
  mayPublish: boolean;
  /** Where each translation stands (published, outdated, submitted, rejected). */
  translations: TranslationStatuses;
  action: ServerFormAction;
};

const useOfferForm = (defaults: OfferFormInput, action: ServerFormAction) => useServerForm({ id: "offer-edit", schema: offerFormSchema, defaults, action, focusFirstInvalid: false });
export type OfferFormMeta = ReturnType<typeof useOfferForm>["form"];
export type OfferFields = ReturnType<typeof useOfferForm>["fields"];

/**
 * The whole offer in one form, in sections. A POST to a server action, so it works without
 * JavaScript; adding and removing rows (phones, places, times) are submit buttons too.
 */
export function OfferForm({ offerId, defaults, options, mayPublish, translations, action }: Props) {
  const t = useTranslations("OfferForm");
  const { form, fields, formAction, pending, ref, formErrors, hasFieldErrors, lastResult } = useOfferForm(defaults, action);
  // The summary lists the fields the form shows; errors the server found elsewhere (e.g. a row a
  // forged intent names) still get the general message, so no failed post goes unexplained.
  const summarised = Object.entries(form.allErrors).some(([name, codes]) => name !== "" && codes?.length);
  // Each failed submission (checked in the browser, or answered by the server) moves the focus to the summary.
  const [failures, setFailures] = useState(0);
  const formProps = getFormProps(form);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    formProps.onSubmit(event);
    if (event.defaultPrevented && !(event.nativeEvent as SubmitEvent).submitter?.getAttribute("name")?.startsWith("__intent__")) setFailures((n) => n + 1);
  };
  return (
    <>
      <FormAlert formErrors={formErrors} hasFieldErrors={hasFieldErrors && !summarised} describe={(code) => t(`errors.${code as "forbidden"}`)} summary={t("errorSummary")} />
      <ErrorSummary formId={form.id} errors={form.allErrors} focusKey={failures} serverResult={lastResult} />
      <SectionLinks />
      <form {...formProps} onSubmit={onSubmit} ref={ref} action={formAction} noValidate className="mt-4 max-w-3xl space-y-6">
        {/* Enter in a text field submits with the first submit button: that must not be "add a row". */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true" />
        <input type="hidden" name="offerId" value={offerId} />
        <BasicsSection fields={fields} />
        <AudienceSection fields={fields} options={options} />
        <AccessSection fields={fields} options={options} />
        <ContactSection form={form} fields={fields} />
        <PlacesSection form={form} fields={fields} options={options} />
        <AreaSection fields={fields} options={options} />
        {mayPublish && <ProtectionSection fields={fields} />}
        <TranslationsSection fields={fields} statuses={translations} />
        <PlanningSection fields={fields} options={options} cityFields={mayPublish} />
        <SubmitButtons pending={pending} mayPublish={mayPublish} labels={{ submit: t("submit"), sending: t("sending"), publish: t("publish") }} />
      </form>
    </>
  );
}
