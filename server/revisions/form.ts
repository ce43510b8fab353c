// The provider's edit form: which OfferData fields it holds and how the form's strings become
// OfferData values (shared with the form component: no server code here).

export const EDIT_FIELDS = [
  "name",
  "description",
  "eligibilityDescription",
  "feesDescription",
  "applicationProcess",
  "url",
  "email",
  "phone",
  "appointmentRequired",
  "byArrangement",
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export const TEXT_AREAS: readonly EditField[] = ["description", "eligibilityDescription", "feesDescription", "applicationProcess"];
export const CHECKBOXES: readonly EditField[] = ["appointmentRequired", "byArrangement"];

export type EditValues = Record<EditField, string>;
export type EditErrorCode = "required" | "too_long" | "invalid";

export const REVIEW_COMMENT_MIN = 3;
export const REVIEW_COMMENT_MAX = 2000;
