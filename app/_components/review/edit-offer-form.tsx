"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { alertClass, describedBy, errorClass, fieldClass, hintClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
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
    const hint = HINTS.includes(f) ? `${id}-hint` : null;
    const error = errors[f] ? `${id}-error` : null;
    const common = {
      id,
      name: f,
      "aria-invalid": errors[f] ? true : undefined,
      "aria-describedby": describedBy(hint, error),
    };
    if (CHECKBOXES.includes(f)) {
      return (
        <div key={f} className="flex items-center gap-2">
          <input type="checkbox" {...common} defaultChecked={values[f] === "on"} className="h-5 w-5" />
          <label htmlFor={id}>{t(`fields.${f}`)}</label>
        </div>
      );
    }
    return (
      <div key={f}>
        <label htmlFor={id} className={labelClass}>
          {t(`fields.${f}`)} {!REQUIRED.includes(f) && <span className="font-normal">{t("edit.optional")}</span>}
        </label>
        {hint && (
          <p id={hint} className={hintClass}>
            {t(`edit.hints.${f as "url" | "phone"}`)}
          </p>
        )}
        {error && (
          <p id={error} className={errorClass}>
            {t(`edit.errors.${errors[f]!}`)}
          </p>
        )}
        {TEXT_AREAS.includes(f) ? (
          <textarea {...common} rows={f === "description" ? 8 : 4} maxLength={MAX[f]} defaultValue={values[f]} className={fieldClass(!!error)} />
        ) : (
          <input {...common} type={INPUT_TYPES[f] ?? "text"} maxLength={MAX[f]} defaultValue={values[f]} className={fieldClass(!!error)} />
        )}
      </div>
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
