import "server-only";

/**
 * A server action's form. Next hands an action whatever arguments a request encodes, so a
 * hand-made call can pass a number or null where the browser always sends a FormData, and Next
 * answers any exception inside an action with a 500. Anything that is not a form counts as an
 * empty one, which every action refuses with its usual message (or a 404 for a missing id).
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
