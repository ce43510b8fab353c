import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { alertClass, submitClass } from "@/app/_components/account/form-styles";
import { RejectForm, type RejectFormState } from "./reject-form";

type Props = {
  revisionId: string;
  /** Why the revision cannot be approved (the published record has moved on since), or null. */
  stale: string | null;
  approveAction: (formData: FormData) => Promise<void>;
  rejectAction: (state: RejectFormState, formData: FormData) => Promise<RejectFormState>;
  /** Replaces Review.detail.commentHint (raw message with {min} and {max}): where the provider reads the note. */
  commentHint?: string;
  /** Replaces the plain approve button (e.g. with per-translation decisions). */
  approveForm?: ReactNode;
};

/** The foot of a review page: approve (or why not), and send back with a note. */
export async function ReviewDecision({ revisionId, stale, approveAction, rejectAction, commentHint, approveForm }: Props) {
  const [t, messages] = await Promise.all([getTranslations("Review.detail"), getMessages()]);
  const detail = (messages.Review as { detail: object }).detail;
  return (
    <>
      {stale ? (
        <p role="alert" className={alertClass}>
          {stale}
        </p>
      ) : approveForm ? (
        approveForm
      ) : (
        <form action={approveAction} className="mt-6">
          <input type="hidden" name="revisionId" value={revisionId} />
          <button type="submit" className={submitClass}>
            {t("approve")}
          </button>
        </form>
      )}
      <section aria-labelledby="reject-heading" className="mt-8 border-t pt-6">
        <h2 id="reject-heading" className="text-lg font-semibold">
          {t("rejectTitle")}
        </h2>
        <NextIntlClientProvider messages={{ Review: { detail: commentHint ? { ...detail, commentHint } : detail } }}>
          <RejectForm revisionId={revisionId} action={rejectAction} />
        </NextIntlClientProvider>
      </section>
    </>
  );
}
