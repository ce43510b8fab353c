"use client";
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormField } from "@/app/_components/account/form-field";
import { errorClass, labelClass } from "@/app/_components/account/form-styles";

// The offer form's controls: conform field metadata in, a labelled control wired for screen
// readers out (FormField does the wiring, as in every other form of the site).

type Field = FieldMetadata<unknown, Record<string, unknown>, string[]>;
export type Choice = { value: string; label: string };

type Common = { field: Field; label: ReactNode; hint?: ReactNode; optional?: boolean };
/** The language typed into a text control (translations), so spelling, voice and direction fit. */
type TextLanguage = { lang?: string; dir?: "rtl" | "ltr" };

/** The error codes of a field as one sentence list (Review form messages). */
export function useErrorText() {
  const t = useTranslations("OfferForm.errors");
  return (errors: string[] | undefined) =>
    errors?.length ? [...new Set(errors)].map((code) => (t.has(code as "invalid") ? t(code as "invalid") : t("invalid"))).join(" ") : undefined;
}

function Label({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const t = useTranslations("OfferForm");
  return (
    <>
      {label} {optional && <span className="font-normal">{t("optional")}</span>}
    </>
  );
}

export function TextInput({ field, label, hint, optional, type = "text", maxLength, lang, dir }: Common & TextLanguage & { type?: "text" | "url" | "email" | "tel" | "time" | "number"; maxLength?: number }) {
  const errorText = useErrorText();
  const { key, ...props } = getInputProps(field, { type, ariaAttributes: false });
  return (
    <FormField key={key} id={field.id} label={<Label label={label} optional={optional} />} hint={hint} error={errorText(field.errors)}>
      {(control) => <input {...props} {...control} lang={lang} dir={dir} maxLength={maxLength} step={type === "number" ? "any" : undefined} />}
    </FormField>
  );
}

export function TextArea({ field, label, hint, optional, rows = 4, maxLength, lang, dir }: Common & TextLanguage & { rows?: number; maxLength?: number }) {
  const errorText = useErrorText();
  const { key, ...props } = getTextareaProps(field, { ariaAttributes: false });
  return (
    <FormField key={key} id={field.id} label={<Label label={label} optional={optional} />} hint={hint} error={errorText(field.errors)}>
      {(control) => <textarea {...props} {...control} lang={lang} dir={dir} rows={rows} maxLength={maxLength} />}
    </FormField>
  );
}

export function Select({ field, label, hint, optional, choices, empty }: Common & { choices: Choice[]; empty?: string }) {
  const errorText = useErrorText();
  const { key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <FormField key={key} id={field.id} label={<Label label={label} optional={optional} />} hint={hint} error={errorText(field.errors)}>
      {(control) => (
        <select {...props} {...control}>
          {empty !== undefined && <option value="">{empty}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Yes, no, or not stated: for facts a provider may not know (step-free access, costs). */
export function YesNoSelect(props: Common) {
  const t = useTranslations("OfferForm");
  return <Select {...props} empty={t("unknown")} choices={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]} />;
}

export function Checkbox({ field, label, hint }: { field: Field; label: ReactNode; hint?: ReactNode }) {
  const { key, ...props } = getInputProps(field, { type: "checkbox" });
  const hintId = hint ? `${field.id}-hint` : undefined;
  return (
    <div key={key}>
      <div className="flex items-center gap-2">
        <input {...props} aria-describedby={hintId ?? props["aria-describedby"]} className="h-5 w-5 shrink-0" />
        <label htmlFor={field.id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="ms-7 text-sm text-gray-700">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * Several choices of one field (Handlungsfelder, languages …) as a fieldset of checkboxes; with
 * `groups`, the choices are split into labelled sub-groups (the plan's measures per Handlungsfeld).
 */
export function CheckboxGroup({
  field,
  legend,
  hint,
  choices = [],
  groups,
  columns = true,
}: {
  field: Field;
  legend: ReactNode;
  hint?: ReactNode;
  choices?: Choice[];
  groups?: { label: string; choices: Choice[] }[];
  columns?: boolean;
}) {
  const errorText = useErrorText();
  const error = errorText(field.allErrors ? Object.values(field.allErrors).flat() : field.errors);
  const hintId = hint ? `${field.id}-hint` : undefined;
  const all = groups ? groups.flatMap((g) => g.choices) : choices;
  const boxes = getCollectionProps(field, { type: "checkbox", options: all.map((c) => c.value), ariaAttributes: false });
  const list = (from: number, to: number) => (
    <div className={columns ? "mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2" : "mt-1 space-y-1"}>
      {boxes.slice(from, to).map(({ key, ...box }, i) => (
        <div key={key} className="flex items-start gap-2">
          <input {...box} className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor={box.id}>{all[from + i]!.label}</label>
        </div>
      ))}
    </div>
  );
  let offset = 0;
  return (
    // The field's id on the fieldset: the error summary links here (the boxes have ids of their own).
    <fieldset id={field.id} tabIndex={-1} aria-describedby={[hintId, error && field.errorId].filter(Boolean).join(" ") || undefined}>
      <legend className={labelClass}>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={field.errorId} className={errorClass}>
          {error}
        </p>
      )}
      {groups
        ? groups.map((g) => {
            const from = offset;
            offset += g.choices.length;
            return (
              <fieldset key={g.label} className="mt-2">
                <legend className="font-semibold">{g.label}</legend>
                {list(from, offset)}
              </fieldset>
            );
          })
        : list(0, all.length)}
    </fieldset>
  );
}

/** The form's sections in order: their ids are the targets of the contents list (SectionLinks). */
export const SECTIONS = ["basics", "audience", "access", "contact", "places", "area", "translations", "planning"] as const;
export type SectionName = (typeof SECTIONS)[number];
export const sectionId = (name: SectionName) => `offer-section-${name}`;

/** A form section: a fieldset with a heading-sized legend; with an `id`, a target of a contents list. */
export function Section({ id, legend, children }: { id?: string; legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset id={id} tabIndex={id ? -1 : undefined} className="scroll-mt-4 space-y-4 rounded border border-gray-400 p-4">
      <legend className="px-1 text-xl font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A row of a repeated group (a phone, a place, an opening time), removable. */
export function Row({ legend, removeButton, children }: { legend: ReactNode; removeButton: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded border border-gray-300 bg-gray-50 p-3">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
      {removeButton}
    </fieldset>
  );
}

export const secondaryButtonClass = "rounded border border-gray-600 bg-white px-3 py-1 font-semibold hover:bg-gray-100";
