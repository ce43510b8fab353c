"use client";
import { useActionState } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { emptyFundingFormState, type FundingFormState } from "./form-state";

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  /** "amount": a text field for German amounts ("1.234,56"), with the decimal keypad on phones. */
  kind?: "text" | "amount" | "date" | "select" | "textarea";
  options?: { value: string; label: string }[];
};

type Props = {
  /** Prefix of the controls' ids: several of these forms share a page. */
  idPrefix: string;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  action: (state: FundingFormState, formData: FormData) => Promise<FundingFormState>;
  className?: string;
};

/**
 * A small server-action form of labelled fields with the error of each next to it. A POST to the
 * action, so it works without JavaScript; a success redirects back to the page with its notice.
 */
export function FieldsForm({ idPrefix, fields, hidden = {}, submitLabel, action, className = "mt-3 space-y-3" }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFundingFormState);
  return (
    <form action={formAction} noValidate className={className}>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {state.formError}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const value = state.values[f.name] ?? f.defaultValue;
        return (
          <FormField key={f.name} id={`${idPrefix}-${f.name}`} label={f.label} hint={f.hint} error={state.errors[f.name]}>
            {(control) =>
              f.kind === "select" ? (
                <select {...control} name={f.name} defaultValue={value} key={value}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.kind === "textarea" ? (
                <textarea {...control} name={f.name} defaultValue={value} key={value} rows={4} />
              ) : (
                <input {...control} name={f.name} type={f.kind === "date" ? "date" : "text"} defaultValue={value} key={value} inputMode={f.kind === "amount" ? "decimal" : undefined} />
              )
            }
          </FormField>
        );
      })}
      <button type="submit" disabled={pending} className={submitClass}>
        {submitLabel}
      </button>
    </form>
  );
}
