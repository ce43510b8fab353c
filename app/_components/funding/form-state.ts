// Shared by the funding forms (client) and their server actions: a plain module, since values
// imported from a "use client" file arrive on the server as client references.

export type FundingFormState = {
  /** What was typed, so that an error never loses it. */
  values: Record<string, string>;
  /** Messages per field, already in the reader's language (the actions translate the domain's codes). */
  errors: Record<string, string>;
  formError: string | null;
};

export const emptyFundingFormState: FundingFormState = { values: {}, errors: {}, formError: null };
