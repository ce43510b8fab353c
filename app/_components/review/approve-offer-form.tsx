"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { describedBy, errorClass, fieldClass, hintClass, labelClass, submitClass } from "@/app/_components/account/form-styles";
import { REVIEW_COMMENT_MAX, REVIEW_COMMENT_MIN } from "@/server/revisions/form";

export type ApproveOfferState = {
  /** Rejected translations without a usable reason (nothing was decided). */
  errors: Partial<Record<string, "too_short" | "too_long">>;
  /** What was sent, kept for the next try: locale -> reason. */
  reasons: Record<string, string>;
};

type Props = {
  revisionId: string;
  /** The translations the revision changes, each of which may be rejected on its own. */
  languages: { locale: string; label: string }[];
  action: (state: ApproveOfferState, formData: FormData) => Promise<ApproveOfferState>;
};

/**
 * "Freigeben und veröffentlichen", with a checkbox and a reason per changed translation for the
 * reviewer who approves the offer but not one of its translations. A POST, so it works without JS.
 */
export function ApproveOfferForm({ revisionId, languages, action }: Props) {
  const t = useTranslations("Review.detail");
  const [state, formAction, pending] = useActionState(action, { errors: {}, reasons: {} });
  const limits = { min: REVIEW_COMMENT_MIN, max: REVIEW_COMMENT_MAX };
  const summary = useRef<HTMLParagraphElement>(null);
  const failed = Object.keys(state.errors).length > 0;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [state, failed]);
  return (
    <form key={JSON.stringify(state.reasons)} action={formAction} noValidate className="mt-6 max-w-2xl space-y-4">
      <input type="hidden" name="revisionId" value={revisionId} />
      {failed && (
        <p ref={summary} tabIndex={-1} role="alert" className={`${errorClass} rounded border-s-4 border-red-700 bg-red-50 p-3`}>
          {t("translationErrorSummary")}
        </p>
      )}
      {languages.length > 0 && (
        <fieldset className="space-y-3 rounded border border-gray-400 p-4">
          <legend className="px-1 text-lg font-semibold">{t("translationsTitle")}</legend>
          <p className={hintClass}>{t("translationsIntro")}</p>
          {languages.map(({ locale, label }) => {
            const id = `reject-translation-${locale}`;
            const error = state.errors[locale];
            return (
              <div key={locale} className="space-y-1">
                <div className="flex items-center gap-2">
                  <input type="checkbox" id={id} name="rejectTranslation" value={locale} defaultChecked={locale in state.reasons} className="h-5 w-5 shrink-0" />
                  <label htmlFor={id}>{t("rejectTranslation", { language: label })}</label>
                </div>
                <label htmlFor={`${id}-reason`} className={labelClass}>
                  {t("rejectTranslationReason", { language: label })}
                </label>
                {error && (
                  <p id={`${id}-error`} className={errorClass}>
                    {t(`errors.${error}`, limits)}
                  </p>
                )}
                <textarea
                  id={`${id}-reason`}
                  name={`reason-${locale}`}
                  rows={2}
                  maxLength={REVIEW_COMMENT_MAX}
                  defaultValue={state.reasons[locale] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${id}-error`)}
                  className={fieldClass(!!error)}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      <button type="submit" disabled={pending} className={submitClass}>
        {t("approve")}
      </button>
    </form>
  );
}
