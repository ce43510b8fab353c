import type { ReactNode } from "react";
import { describedBy, errorClass, fieldClass, hintClass, labelClass } from "./form-styles";

/** What a control inside a FormField spreads onto itself: id, validity and its descriptions. */
export type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

/**
 * One labelled form control with an optional hint and error, wired for screen readers: the error
 * and hint are tied to the control with aria-describedby (ids `<id>-hint`, `<id>-error`), and an
 * invalid control is marked. Used by every server-action form so they all behave alike.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={errorClass}>
          {error}
        </p>
      )}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(hintId, errorId), className: fieldClass(!!error) })}
    </div>
  );
}
