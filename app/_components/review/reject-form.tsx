"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { describedBy, errorClass, fieldClass, hintClass, labelClass } from "@/app/_components/account/form-styles";
import { REVIEW_COMMENT_MAX, REVIEW_COMMENT_MIN } from "@/server/revisions/form";

export type RejectFormState = { comment: string; error: "too_short" | "too_long" | null };

type Props = { revisionId: string; action: (state: RejectFormState, formData: FormData) => Promise<RejectFormState> };

/** "Zurückgeben" with a note: a POST to a server action; the note is kept when it is refused. */
export function RejectForm({ revisionId, action }: Props) {
  const t = useTranslations("Review.detail");
  const [state, formAction, pending] = useActionState(action, { comment: "", error: null });
  const ref = useRef<HTMLTextAreaElement>(null);
  const limits = { min: REVIEW_COMMENT_MIN, max: REVIEW_COMMENT_MAX };
  useEffect(() => {
    if (state.error) ref.current?.focus();
  }, [state]);
  return (
    <form key={state.comment} action={formAction} noValidate className="mt-2 max-w-2xl space-y-3">
      <input type="hidden" name="revisionId" value={revisionId} />
      <div>
        <label htmlFor="review-comment" className={labelClass}>
          {t("comment")}
        </label>
        <p id="review-comment-hint" className={hintClass}>
          {t("commentHint", limits)}
        </p>
        {state.error && (
          <p id="review-comment-error" className={errorClass}>
            {t(`errors.${state.error}`, limits)}
          </p>
        )}
        <textarea
          ref={ref}
          id="review-comment"
          name="comment"
          rows={4}
          maxLength={REVIEW_COMMENT_MAX}
          defaultValue={state.comment}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={describedBy("review-comment-hint", state.error && "review-comment-error")}
          className={fieldClass(!!state.error)}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-blue-50 disabled:opacity-70">
        {t("reject")}
      </button>
    </form>
  );
}
