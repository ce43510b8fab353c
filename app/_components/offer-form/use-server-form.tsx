"use client";
import { useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useActionState, useEffect, useRef } from "react";
import type { z } from "zod";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { formErrorCodes, formErrorMap } from "@/server/revisions/form";

// A conform form posting to a server action: the same zod schema checks it in the browser and on
// the server, errors are codes the messages translate, and after a server answer with errors the
// first invalid field gets the focus. Shared by the offer and organisation forms.

export type ServerFormAction = (state: SubmissionResult<string[]> | undefined, formData: FormData) => Promise<SubmissionResult<string[]>>;

export function useServerForm<Schema extends z.ZodType<unknown, Record<string, unknown>>>(opts: {
  id: string;
  schema: Schema;
  defaults: DefaultValue<z.input<Schema>>;
  action: ServerFormAction;
  /** After a server answer with errors, focus the first invalid field (false: the caller moves the focus, e.g. to an error summary). */
  focusFirstInvalid?: boolean;
}) {
  const [lastResult, formAction, pending] = useActionState(opts.action, undefined);
  const [form, fields] = useForm<z.input<Schema>, z.output<Schema>, string[]>({
    id: opts.id,
    lastResult,
    defaultValue: opts.defaults,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: opts.schema, error: formErrorMap, formatError: formErrorCodes }),
  });
  const ref = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = opts.focusFirstInvalid ?? true;
  useEffect(() => {
    if (lastResult?.error && focusFirstInvalid) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [lastResult, focusFirstInvalid]);
  const formErrors = form.errors?.filter((e) => e !== "") ?? [];
  const hasFieldErrors = !!lastResult?.error && Object.entries(lastResult.error).some(([name, errs]) => name !== "" && errs?.length);
  return { form, fields, formAction, pending, ref, formErrors, hasFieldErrors, lastResult };
}

/** The message above the form: what went wrong with the whole form, or that fields are marked. */
export function FormAlert({ formErrors, hasFieldErrors, describe, summary }: { formErrors: string[]; hasFieldErrors: boolean; describe: (code: string) => string; summary: string }) {
  if (formErrors.length === 0 && !hasFieldErrors) return null;
  return (
    <p role="alert" className={alertClass}>
      {formErrors.length > 0 ? formErrors.map(describe).join(" ") : summary}
    </p>
  );
}

/** Submit for review, and for reviewers also publish at once (`publish=now`). */
export function SubmitButtons({ pending, mayPublish, labels }: { pending: boolean; mayPublish: boolean; labels: { submit: string; sending: string; publish: string } }) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? labels.sending : labels.submit}
      </button>
      {mayPublish && (
        <button type="submit" name="publish" value="now" disabled={pending} className={submitClass}>
          {labels.publish}
        </button>
      )}
    </div>
  );
}
