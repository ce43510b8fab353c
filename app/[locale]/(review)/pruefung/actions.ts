"use server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { decisionActions } from "@/app/_components/review/decision-actions";
import type { ApproveOfferState } from "@/app/_components/review/approve-offer-form";
import { StaleRevisionError, TranslationRejectionError } from "@/server/revisions/errors";
import { approveRevision, rejectRevision } from "@/server/revisions/mutations";
import { formOf } from "@/server/http/form-input";

const decisions = decisionActions({ approveRevision, rejectRevision, StaleError: StaleRevisionError, reviewPath: (id) => `/pruefung/${id}` });

export async function approveRevisionAction(formData: FormData) {
  formData = formOf(formData);
  return decisions.approve(formData);
}

/** Approve, leaving out the translations ticked "nicht veröffentlichen" (each with its reason). */
export async function approveOfferRevisionAction(_prev: ApproveOfferState, formData: FormData): Promise<ApproveOfferState> {
  formData = formOf(formData);
  const locales = [...new Set(formData.getAll("rejectTranslation").map(String))].slice(0, 10);
  const reasons = Object.fromEntries(locales.map((l) => [l, String(formData.get(`reason-${l}`) ?? "")]));
  try {
    return await decisions.approve(formData, reasons);
  } catch (err) {
    if (err instanceof TranslationRejectionError) return { errors: err.errors, reasons };
    throw err;
  }
}

export async function rejectRevisionAction(prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
  formData = formOf(formData);
  return decisions.reject(prev, formData);
}
