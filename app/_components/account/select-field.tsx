import type { ReactNode } from "react";
import { fieldClass, labelClass } from "./form-styles";

/** A choice as [value, label]. */
export type SelectOption = readonly [value: string, label: ReactNode];

/**
 * A labelled drop-down of a GET form (the planners' views, the demand log): the choice becomes a
 * URL parameter, so every state of a page is a link and works without JavaScript.
 */
export function SelectField({ id, name, label, value, options, className }: { id: string; name: string; label: ReactNode; value: string; options: readonly SelectOption[]; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass(false)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
