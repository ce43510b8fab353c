// Shared by the edit form (client) and its server action: a plain module (see invite-form-state.ts).
import type { EditErrorCode, EditField, EditValues } from "@/server/revisions/form";

export type EditFormState = {
  /** What was typed, so that an error never loses it. */
  values: EditValues;
  errors: Partial<Record<EditField, EditErrorCode>>;
  formError: "forbidden" | null;
};
