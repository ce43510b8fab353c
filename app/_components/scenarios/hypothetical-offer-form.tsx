"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { alertClass, describedBy, errorClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
import { emptyScenarioFormState, errorCode, type ScenarioFormState } from "./form-state";

type Option = { code: string; label: string };
type Props = {
  scenarioId: string;
  action: (state: ScenarioFormState, formData: FormData) => Promise<ScenarioFormState>;
  areas: Option[];
  handlungsfelder: Option[];
  lebensphasen: Option[];
  angebotsarten: Option[];
  nameMax: number;
};

/** "Gedachtes Angebot hinzufügen": a POST to a server action, errors next to their fields. */
export function HypotheticalOfferForm({ scenarioId, action, areas, handlungsfelder, lebensphasen, angebotsarten, nameMax }: Props) {
  const t = useTranslations("Scenarios");
  const [state, formAction, pending] = useActionState(action, emptyScenarioFormState);
  const error = (field: string) => {
    const code = errorCode(state.errors[field]);
    return code && t(`errors.${code}`);
  };
  const value = (field: string) => String(state.values[field] ?? "");
  const chosen = (field: string) => new Set([state.values[field] ?? []].flat());

  const checkboxes = (field: "handlungsfelder" | "lebensphasen", options: Option[]) => {
    const err = error(field);
    return (
      <fieldset aria-describedby={describedBy(err && `hypo-${field}-error`)}>
        <legend className={labelClass}>{t(field)}</legend>
        {err && (
          <p id={`hypo-${field}-error`} className={errorClass}>
            {err}
          </p>
        )}
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.code} className="flex items-start gap-2">
              <input type="checkbox" name={field} value={o.code} defaultChecked={chosen(field).has(o.code)} className="mt-1 h-5 w-5 shrink-0" />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  return (
    <>
      {state.done && (
        <p role="status" className={noticeClass}>
          {t("added", { name: state.done })}
        </p>
      )}
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t(`errors.${state.formError}`)}
        </p>
      )}
      <form action={formAction} noValidate className="mt-2 max-w-3xl space-y-4" aria-labelledby="hypo-heading" key={state.done ?? "form"}>
        <input type="hidden" name="scenarioId" value={scenarioId} />
        <FormField id="hypo-name" label={t("offerName")} error={error("name")}>
          {(control) => <input {...control} name="name" maxLength={nameMax} defaultValue={value("name")} />}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="hypo-area" label={t("area")} error={error("area")}>
            {(control) => (
              <select {...control} name="area" defaultValue={value("area")}>
                <option value="">{t("chooseArea")}</option>
                {areas.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="hypo-angebotsart" label={t("angebotsart")} error={error("angebotsart")}>
            {(control) => (
              <select {...control} name="angebotsart" defaultValue={value("angebotsart")}>
                <option value="">{t("noAngebotsart")}</option>
                {angebotsarten.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {checkboxes("handlungsfelder", handlungsfelder)}
        {checkboxes("lebensphasen", lebensphasen)}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="hypo-places" label={t("places")} error={error("places")}>
            {(control) => <input {...control} name="places" inputMode="numeric" maxLength={12} defaultValue={value("places")} />}
          </FormField>
          <FormField id="hypo-fte" label={t("fte")} hint={t("fteHint")} error={error("fte")}>
            {(control) => <input {...control} name="fte" inputMode="decimal" maxLength={12} defaultValue={value("fte")} />}
          </FormField>
        </div>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("saving") : t("add")}
        </button>
      </form>
    </>
  );
}
