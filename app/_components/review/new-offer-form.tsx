"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { submitClass } from "@/app/_components/account/form-styles";
import type { NewOfferState } from "./new-offer-state";

type Props = {
  organizations: { id: string; name: string }[];
  action: (state: NewOfferState, formData: FormData) => Promise<NewOfferState>;
};

/** "Neues Angebot anlegen": a name and, with several organisations, which one; then the full form. */
export function NewOfferForm({ organizations, action }: Props) {
  const t = useTranslations("Review.newOffer");
  const [state, formAction, pending] = useActionState(action, { values: { name: "", organizationId: organizations[0]?.id ?? "" }, error: null });
  if (organizations.length === 0) return null;
  return (
    <section aria-labelledby="neues-angebot" className="mt-8 max-w-2xl">
      <h2 id="neues-angebot" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      <form action={formAction} noValidate className="mt-3 space-y-3">
        {organizations.length === 1 ? (
          <input type="hidden" name="organizationId" value={organizations[0]!.id} />
        ) : (
          <FormField id="new-offer-organization" label={t("organization")} error={state.error === "organization" && t("errors.organization")}>
            {(control) => (
              <select {...control} name="organizationId" defaultValue={state.values.organizationId}>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField
          id="new-offer-name"
          label={t("name")}
          error={(state.error === "required" || state.error === "too_long" || (state.error === "organization" && organizations.length === 1)) && t(`errors.${state.error}`)}
        >
          {(control) => <input {...control} name="name" maxLength={200} defaultValue={state.values.name} />}
        </FormField>
        <button type="submit" disabled={pending} className={submitClass}>
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
