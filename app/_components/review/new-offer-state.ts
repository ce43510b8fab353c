// Shared by the new-offer form (client) and its server action: a plain module (see invite-form-state.ts).
export type NewOfferState = {
  /** What was typed, so that an error never loses it. */
  values: { name: string; organizationId: string };
  error: "required" | "too_long" | "organization" | null;
};
