// Shared by the invitation form (client) and its server action: a plain module, since values
// imported from a "use client" file arrive on the server as client references.
import type { InviteErrorCode, InviteField } from "@/server/users/limits";

export type InviteFormValues = Record<InviteField, string>;

export type InviteFormState = {
  /** What was typed, so that an error never loses it (empty again after a success). */
  values: InviteFormValues;
  errors: Partial<Record<InviteField, InviteErrorCode>>;
  formError: "forbidden" | null;
  /** The one-time link, shown once right after the invitation was created. */
  created: { email: string; link: string; expiresAt: string } | null;
};

export const emptyInviteValues: InviteFormValues = { email: "", role: "PROVIDER", organizationId: "" };
