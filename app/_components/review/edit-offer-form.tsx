"use client";
import { FormField } from "@/app/_components/account/form-field";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { CHECKBOXES, EDIT_FIELDS, TEXT_AREAS, type EditField, type EditValues } from "@/server/revisions/form";
import type { EditFormState } from "./edit-form-state";

type Props = {
  offerId: string;
  values: EditValues;
  action: (state: EditFormState, formData: FormData) => Promise<EditFormState>;
};

const REQUIRED: readonly EditField[] = ["name", "description"];
const HINTS: readonly EditField[] = ["url", "phone"];
const INPUT_TYPES: Partial<Record<EditField, string>> = { url: "url", email: "email", phone: "tel" };
const MAX: Partial<Record<EditField, number>> = { name: 200, description: 10_000, eligibilityDescription: 4000, feesDescription: 2000, applicationProcess: 4000, phone: 40 };

/** The provider's edit form: a POST to a server action, so it works without JavaScript. */
export function EditOfferForm({ offerId, values: initial, action }: Props) {
  const t = useTranslations("Review");
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {}, formError: null });
  const { errors, values } = state;

  useEffect(() => {
    const first = EDIT_FIELDS.find((f) => errors[f]);
    if (first) document.getElementById(`edit-${first}`)?.focus();
  }, [errors]);

  const field = (f: EditField) => {
    const id = `edit-${f}`;
    if (CHECKBOXES.includes(f)) {
      return (
        <div key={f} className="flex items-center gap-2">
          <input type="checkbox" id={id} name={f} defaultChecked={values[f] === "on"} className="h-5 w-5" />
          <label htmlFor={id}>{t(`fields.${f}`)}</label>
        </div>
      );
    }
    return (
      <FormField
        key={f}
        id={id}
        label={
          <>
            {t(`fields.${f}`)} {!REQUIRED.includes(f) && <span className="font-normal">{t("edit.optional")}</span>}
          </>
        }
        hint={HINTS.includes(f) && t(`edit.hints.${f as "url" | "phone"}`)}
        error={errors[f] && t(`edit.errors.${errors[f]!}`)}
      >
        {(control) =>
          TEXT_AREAS.includes(f) ? (
            <textarea {...control} name={f} rows={f === "description" ? 8 : 4} maxLength={MAX[f]} defaultValue={values[f]} />
          ) : (
            <input {...control} name={f} type={INPUT_TYPES[f] ?? "text"} maxLength={MAX[f]} defaultValue={values[f]} />
          )
        }
      </FormField>
    );
  };

  return (
    <>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {t(`edit.errors.${state.formError}`)}
        </p>
      )}
      {!state.formError && Object.keys(errors).length > 0 && (
        <p role="alert" className={alertClass}>
          {t("edit.errorSummary")}
        </p>
      )}
      {/* key: after an error, the fields show what was sent (defaultValue only applies on mount). */}
      <form key={JSON.stringify(values)} action={formAction} noValidate className="mt-4 max-w-2xl space-y-4">
        <input type="hidden" name="offerId" value={offerId} />
        {EDIT_FIELDS.map(field)}
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("edit.sending") : t("edit.submit")}
        </button>
      </form>
    </>
  );
}
