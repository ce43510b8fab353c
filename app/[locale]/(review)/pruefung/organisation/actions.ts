"use server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { decisionActions } from "@/app/_components/review/decision-actions";
import { StaleOrganizationRevisionError } from "@/server/organizations/errors";
import { approveOrganizationRevision, rejectOrganizationRevision } from "@/server/organizations/mutations";
import { formOf } from "@/server/http/form-input";

const decisions = decisionActions({
  approveRevision: approveOrganizationRevision,
  rejectRevision: rejectOrganizationRevision,
  StaleError: StaleOrganizationRevisionError,
  reviewPath: (id) => `/pruefung/organisation/${id}`,
});

export async function approveOrganizationRevisionAction(formData: FormData) {
  formData = formOf(formData);
  return decisions.approve(formData);
}

export async function rejectOrganizationRevisionAction(prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
  formData = formOf(formData);
  return decisions.reject(prev, formData);
}
