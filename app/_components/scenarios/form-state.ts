// Shared by the scenario forms (client) and their server actions: a plain module, since values
// imported from a "use client" file arrive on the server as client references.

export type ScenarioFormState = {
  /** What was typed, so that an error never loses it (empty again after a success). */
  values: Record<string, string | string[]>;
  /** Error codes per field (Scenarios.errors.*). */
  errors: Record<string, string>;
  formError: "forbidden" | null;
  /** The name of what was just added, for the confirmation. */
  done: string | null;
};

export const emptyScenarioFormState: ScenarioFormState = { values: {}, errors: {}, formError: null, done: null };

export const ERROR_CODES = ["required", "tooLong", "tooMany", "taken", "unknown", "notANumber", "outOfRange", "notWhole"] as const;
/** A known error code, else "invalid" (zod's own messages never reach the page). */
export const errorCode = (code: string | undefined) => (code === undefined ? undefined : (ERROR_CODES as readonly string[]).includes(code) ? code : "invalid");
