"use server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { decisionActions } from "@/app/_components/review/decision-actions";
import { StaleRevisionError } from "@/server/revisions/errors";
import { approveRevision, rejectRevision } from "@/server/revisions/mutations";

const decisions = decisionActions({ approveRevision, rejectRevision, StaleError: StaleRevisionError, reviewPath: (id) => `/pruefung/${id}` });

export async function approveRevisionAction(formData: FormData) {
  return decisions.approve(formData);
}

export async function rejectRevisionAction(prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
  return decisions.reject(prev, formData);
}
