"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { REPORT_EMAIL_MAX, REPORT_MESSAGE_MAX, REPORT_MESSAGE_MIN } from "@/server/reports/limits";
import type { ErrorReportErrorCode, ErrorReportField } from "@/server/reports/limits";

export type ReportFormState = {
  /** What the resident typed, so that an error never loses it. */
  values: { message: string; replyEmail: string };
  errors: Partial<Record<ErrorReportField, ErrorReportErrorCode>>;
  formError: "offer_not_found" | "rate_limited_client" | "rate_limited_offer" | null;
  /** With a rate_limited_* error: when the resident may try again. */
  retryAfterMinutes?: number;
};

const initialState: ReportFormState = { values: { message: "", replyEmail: "" }, errors: {}, formError: null };

type Props = {
  offerId: string;
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  /** This page's URL with #fehler-melden: without JavaScript the answer opens at the form. */
  permalink: string;
};

/**
 * "Fehler melden". A plain POST to a server action, so it works without JavaScript; with it, errors
 * appear without a reload and focus moves to the first field with an error.
 */
export function OfferReportForm({ offerId, action, permalink }: Props) {
  const t = useTranslations("Report");
  const [state, formAction, pending] = useActionState(action, initialState, permalink);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const { errors } = state;

  useEffect(() => {
    if (errors.message) messageRef.current?.focus();
    else if (errors.replyEmail) emailRef.current?.focus();
  }, [errors]);

  const describedBy = (field: ErrorReportField) => [`report-${field}-hint`, errors[field] && `report-${field}-error`].filter(Boolean).join(" ");
  const fieldClass = (field: ErrorReportField) =>
    `mt-1 block w-full rounded border px-3 py-2 ${errors[field] ? "border-2 border-red-700" : "border-gray-600"}`;

  return (
    <section id="fehler-melden" aria-labelledby="report-heading" className="mt-10 border-t pt-6 print:hidden">
      <h2 id="report-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      {state.formError && (
        <p role="alert" className="mt-3 font-semibold text-red-700">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      )}
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4">
        <input type="hidden" name="offerId" value={offerId} />
        <div>
          <label htmlFor="report-message" className="font-semibold">
            {t("messageLabel")}
          </label>
          <p id="report-message-hint" className="text-sm text-gray-700">
            {t("messageHint", { min: REPORT_MESSAGE_MIN, max: REPORT_MESSAGE_MAX })}
          </p>
          {errors.message && (
            <p id="report-message-error" className="font-semibold text-red-700">
              {t(`errors.${errors.message}`, { min: REPORT_MESSAGE_MIN, max: REPORT_MESSAGE_MAX })}
            </p>
          )}
          <textarea
            ref={messageRef}
            id="report-message"
            name="message"
            rows={5}
            maxLength={REPORT_MESSAGE_MAX}
            defaultValue={state.values.message}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={describedBy("message")}
            className={fieldClass("message")}
          />
        </div>
        <div>
          <label htmlFor="report-replyEmail" className="font-semibold">
            {t("emailLabel")}
          </label>
          <p id="report-replyEmail-hint" className="text-sm text-gray-700">
            {t("emailHint")}
          </p>
          {errors.replyEmail && (
            <p id="report-replyEmail-error" className="font-semibold text-red-700">
              {t(`errors.${errors.replyEmail}`)}
            </p>
          )}
          <input
            ref={emailRef}
            id="report-replyEmail"
            name="replyEmail"
            type="email"
            autoComplete="email"
            maxLength={REPORT_EMAIL_MAX}
            defaultValue={state.values.replyEmail}
            aria-invalid={errors.replyEmail ? true : undefined}
            aria-describedby={describedBy("replyEmail")}
            className={fieldClass("replyEmail")}
          />
        </div>
        {/* Honeypot: invisible and unreachable for people; bots fill it in. */}
        <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="report-website">{t("honeypotLabel")}</label>
          <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="text-sm text-gray-700">{t("privacyHint")}</p>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
        >
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </section>
  );
}
