"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { alertClass, describedBy, errorClass, fieldClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { emptyFundingFormState, type FundingFormState } from "@/app/_components/funding/form-state";

type Props = {
  indicator: { id: string; statement: string };
  today: string;
  maxBytes: number;
  noteMax: number;
  action: (state: FundingFormState, formData: FormData) => Promise<FundingFormState>;
};

/**
 * One indicator's assessment: a multipart POST to a server action, so it works without JavaScript.
 * With JavaScript a file over the limit is named before anything is sent (the server checks again).
 */
export function EvidenceForm({ indicator, today, maxBytes, noteMax, action }: Props) {
  const t = useTranslations("Evidence");
  const [state, formAction, pending] = useActionState(action, emptyFundingFormState);
  const [tooLarge, setTooLarge] = useState(false);
  const id = (name: string) => `ind-${indicator.id}-${name}`;
  const mb = maxBytes / (1024 * 1024);
  const { values, errors } = state;
  const documentError = tooLarge ? t("errors.tooLarge", { mb }) : errors.document;
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("document") as HTMLInputElement | null)?.files?.[0];
    setTooLarge(!!file && file.size > maxBytes);
    if (file && file.size > maxBytes) event.preventDefault();
  };
  const fulfilled = values.fulfilled ?? "";
  return (
    <form action={formAction} onSubmit={checkSize} noValidate className="mt-3 max-w-xl space-y-3 rounded border border-gray-300 p-3">
      <h4 className="font-semibold">{t("form.heading", { statement: indicator.statement })}</h4>
      {state.formError && (
        <p role="alert" className={alertClass}>
          {state.formError}
        </p>
      )}
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <fieldset role="radiogroup" aria-invalid={errors.fulfilled ? true : undefined} aria-describedby={describedBy(errors.fulfilled && id("fulfilled-error"))}>
        <legend className={labelClass}>{t("form.fulfilled")}</legend>
        {errors.fulfilled && (
          <p id={id("fulfilled-error")} className={errorClass}>
            {errors.fulfilled}
          </p>
        )}
        {(["ja", "nein"] as const).map((v) => (
          <label key={v} className="me-6 inline-flex items-center gap-2">
            <input type="radio" name="fulfilled" value={v} defaultChecked={fulfilled === v} key={`${v}-${fulfilled}`} />
            {t(v === "ja" ? "form.yes" : "form.no")}
          </label>
        ))}
      </fieldset>
      <FormField id={id("assessedOn")} label={t("form.assessedOn")} error={errors.assessedOn}>
        {(control) => <input {...control} name="assessedOn" type="date" defaultValue={values.assessedOn ?? today} key={values.assessedOn} />}
      </FormField>
      <FormField id={id("note")} label={t("form.note")} hint={t("form.noteHint", { max: noteMax })} error={errors.note}>
        {(control) => <textarea {...control} name="note" rows={3} defaultValue={values.note ?? ""} key={values.note} />}
      </FormField>
      <FormField id={id("document")} label={t("form.document")} hint={t("form.documentHint", { mb })} error={documentError}>
        {(control) => (
          <input {...control} className={fieldClass(!!documentError)} name="document" type="file" accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp" />
        )}
      </FormField>
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? t("form.sending") : t("form.submit")}
      </button>
    </form>
  );
}
