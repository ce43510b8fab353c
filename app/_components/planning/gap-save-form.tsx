"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { alertClass, hintClass, submitClass } from "@/app/_components/account/form-styles";
import { initialGapSaveState, type GapSaveState } from "./gap-save-state";

type Props = {
  /** The weights and the view (axis, window, scenario) of the ranking shown, as the form fields the action reads. */
  fields: [string, string][];
  nameMax: number;
  action: (state: GapSaveState, formData: FormData) => Promise<GapSaveState>;
};

/** Saves the weights shown under a name: a POST to a server action, so it works without JavaScript. */
export function GapSaveForm({ fields, nameMax, action }: Props) {
  const t = useTranslations("Gaps.settings");
  const [state, formAction, pending] = useActionState(action, initialGapSaveState);
  return (
    <section aria-labelledby="gap-save-heading" className="mt-6 max-w-xl">
      <h3 id="gap-save-heading" className="text-lg font-semibold">
        {t("saveHeading")}
      </h3>
      <p className={`${hintClass} mt-1`}>{t("saveHint")}</p>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t(`errors.${state.formError}`)}
        </p>
      )}
      <form action={formAction} noValidate className="mt-3 space-y-3">
        {fields.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormField id="gap-setting-name" label={t("saveName")} error={state.nameError && t(`errors.${state.nameError}`)}>
          {(control) => <input {...control} name="name" type="text" maxLength={nameMax} defaultValue={state.name} />}
        </FormField>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("saving") : t("save")}
        </button>
      </form>
    </section>
  );
}
