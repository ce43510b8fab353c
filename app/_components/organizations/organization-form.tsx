"use client";
import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Section, TextArea, TextInput } from "@/app/_components/offer-form/controls";
import { FormAlert, SubmitButtons, useServerForm, type ServerFormAction } from "@/app/_components/offer-form/use-server-form";
import { DESCRIPTION_MAX, NAME_MAX, organizationDataSchema, type OrganizationFormInput } from "@/server/organizations/schema";

type Props = {
  organizationId: string;
  defaults: OrganizationFormInput;
  /** Reviewers: publish at once, and edit legal status and provider type. */
  mayPublish: boolean;
  action: ServerFormAction;
};

/** The organisation's details in one form: a POST to a server action, so it works without JavaScript. */
export function OrganizationForm({ organizationId, defaults, mayPublish, action }: Props) {
  const t = useTranslations("Organizations");
  const { form, fields, formAction, pending, ref, formErrors, hasFieldErrors } = useServerForm({
    id: "organization-edit",
    schema: organizationDataSchema,
    defaults,
    action,
  });
  return (
    <>
      <FormAlert formErrors={formErrors} hasFieldErrors={hasFieldErrors} describe={(code) => t(`edit.errors.${code as "forbidden"}`)} summary={t("edit.errorSummary")} />
      <form {...getFormProps(form)} ref={ref} action={formAction} noValidate className="mt-4 max-w-3xl space-y-6">
        <input type="hidden" name="organizationId" value={organizationId} />
        <Section legend={t("sections.basics")}>
          <TextInput field={fields.name} label={t("fields.name")} hint={t("hints.name")} maxLength={NAME_MAX} />
          <TextInput field={fields.alternateName} label={t("fields.alternateName")} optional maxLength={NAME_MAX} />
          <TextArea field={fields.description} label={t("fields.description")} optional rows={8} maxLength={DESCRIPTION_MAX} />
        </Section>
        <Section legend={t("sections.contact")}>
          <TextInput field={fields.email} type="email" label={t("fields.email")} optional maxLength={254} />
          <TextInput field={fields.website} type="url" label={t("fields.website")} hint={t("hints.website")} optional maxLength={2000} />
        </Section>
        {mayPublish && (
          <Section legend={t("sections.city")}>
            <TextInput field={fields.legalStatus} label={t("fields.legalStatus")} optional maxLength={200} />
            <TextInput field={fields.providerType} label={t("fields.providerType")} hint={t("hints.providerType")} optional maxLength={200} />
          </Section>
        )}
        <SubmitButtons pending={pending} mayPublish={mayPublish} labels={{ submit: t("edit.submit"), sending: t("edit.sending"), publish: t("edit.publish") }} />
      </form>
    </>
  );
}
