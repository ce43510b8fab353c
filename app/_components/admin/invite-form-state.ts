// Shared by the invitation form (client) and its server action: a plain module, since values
// imported from a "use client" file arrive on the server as client references.
import type { InviteErrorCode, InviteField } from "@/server/users/limits";

export type InviteFormValues = Record<InviteField, string>;

export type InviteFormState = {
  /** What was typed, so that an error never loses it (empty again after a success). */
  values: InviteFormValues;
  errors: Partial<Record<InviteField, InviteErrorCode>>;
  formError: "forbidden" | null;
  /**
   * Right after the invitation was created: the one-time link, shown once, unless it was mailed
   * (`mail` "sent": then it never reaches the browser). "failed" also says the mail did not go out.
   */
  created: { email: string; link: string | null; expiresAt: string; mail: "sent" | "failed" | "off" } | null;
};

export const emptyInviteValues: InviteFormValues = { email: "", role: "PROVIDER", organizationId: "" };
