// What an account administration action reports back through the URL (?ergebnis= / ?fehler=):
// shared by the actions and the page, a plain module so both sides can import it.

export const ACCOUNT_RESULTS = ["disabled", "enabled", "membershipRemoved", "membershipAdded"] as const;
export const ACCOUNT_ERRORS = ["self", "staff_no_organization", "not_found"] as const;

export type AccountOutcome = (typeof ACCOUNT_RESULTS)[number] | (typeof ACCOUNT_ERRORS)[number];

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The outcome named in the page's query, if it is one we know (anything else is ignored). */
export function outcomeFrom(query: Record<string, string | string[] | undefined>) {
  const result = ACCOUNT_RESULTS.find((r) => r === one(query.ergebnis)) ?? null;
  const error = ACCOUNT_ERRORS.find((e) => e === one(query.fehler)) ?? null;
  return { result, error };
}
