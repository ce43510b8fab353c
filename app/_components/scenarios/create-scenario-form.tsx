"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { emptyScenarioFormState, errorCode, type ScenarioFormState } from "./form-state";

type Props = { action: (state: ScenarioFormState, formData: FormData) => Promise<ScenarioFormState>; nameMax: number; noteMax: number };

/** "Neues Szenario": a POST to a server action (works without JavaScript); success opens the scenario. */
export function CreateScenarioForm({ action, nameMax, noteMax }: Props) {
  const t = useTranslations("Scenarios");
  const [state, formAction, pending] = useActionState(action, emptyScenarioFormState);
  const error = (field: string) => {
    const code = errorCode(state.errors[field]);
    return code && t(`errors.${code}`);
  };
  const value = (field: string) => String(state.values[field] ?? "");
  return (
    <form action={formAction} noValidate className="mt-2 max-w-xl space-y-4" aria-labelledby="scenario-create-heading">
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t(`errors.${state.formError}`)}
        </p>
      )}
      <FormField id="scenario-name" label={t("name")} error={error("name")}>
        {(control) => <input {...control} name="name" maxLength={nameMax} defaultValue={value("name")} />}
      </FormField>
      <FormField id="scenario-note" label={t("note")} error={error("note")}>
        {(control) => <textarea {...control} name="note" rows={2} maxLength={noteMax} defaultValue={value("note")} />}
      </FormField>
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? t("saving") : t("create")}
      </button>
    </form>
  );
}
