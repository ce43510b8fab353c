"use server";
import { refresh } from "next/cache";
import { emptyInviteValues, type InviteFormState } from "@/app/_components/admin/invite-form-state";
import { changeAndReturn } from "@/app/_components/change-and-return";
import { requireUser } from "@/server/auth";
import { ForbiddenError } from "@/server/authz";
import { createInvitation, revokeInvitation } from "@/server/users/invitations";
import { invitationIdSchema } from "@/server/users/schema";
import { formOf } from "@/server/http/form-input";

/** Invites a person (server/users checks the permission); answers with the one-time link. */
export async function inviteUserAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  formData = formOf(formData);
  const user = await requireUser("/verwaltung/einladungen");
  const field = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const values = { email: field("email"), role: field("role"), organizationId: field("organizationId") };
  try {
    const result = await createInvitation(user, values);
    if (!result.ok) return { values, errors: result.fieldErrors, formError: null, created: null };
    refresh(); // the list of open invitations
    return {
      values: emptyInviteValues,
      errors: {},
      formError: null,
      created: {
        email: result.email,
        link: result.mail === "sent" ? null : result.link,
        expiresAt: result.expiresAt.toISOString(),
        mail: result.mail,
      },
    };
  } catch (err) {
    if (err instanceof ForbiddenError) return { values, errors: {}, formError: "forbidden", created: null };
    throw err;
  }
}

/** "Zurückziehen": the invitation's link stops working (server/users checks role and permission). */
export async function revokeInvitationAction(formData: FormData) {
  formData = formOf(formData);
  const user = await requireUser("/verwaltung/einladungen");
  const id = invitationIdSchema.safeParse(formData.get("invitationId"));
  return changeAndReturn("/verwaltung/einladungen", id, (invitationId) => revokeInvitation(user, invitationId), "zurueckgezogen");
}
