"use server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { decisionActions } from "@/app/_components/review/decision-actions";
import { StaleRevisionError } from "@/server/revisions/errors";
import { approveRevision, rejectRevision } from "@/server/revisions/mutations";
import { formOf } from "@/server/http/form-input";

const decisions = decisionActions({ approveRevision, rejectRevision, StaleError: StaleRevisionError, reviewPath: (id) => `/pruefung/${id}` });

export async function approveRevisionAction(formData: FormData) {
  formData = formOf(formData);
  return decisions.approve(formData);
}

export async function rejectRevisionAction(prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
  formData = formOf(formData);
  return decisions.reject(prev, formData);
}
