// Thrown by the domain layer; pages turn them into a 404, actions into a message.

/**
 * Next's marker for `notFound()` (next/dist/client/components/http-access-fallback). Carrying it,
 * either error that reaches a page render answers 404 with the not-found page: a page outside a
 * person's role or a record outside their scope does not exist, on every page, with no page
 * having to remember a wrapper (a missed one was a 500). tests/unit/authz-errors.test.ts checks
 * that Next still reads it.
 */
const NOT_FOUND_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;404";

/** The person may not do this at all (wrong role). */
export class ForbiddenError extends Error {
  readonly digest = NOT_FOUND_DIGEST;
  constructor(readonly permission: string) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

/** The record does not exist or lies outside the person's scope: the two look the same. */
export class NotFoundError extends Error {
  readonly digest = NOT_FOUND_DIGEST;
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = "NotFoundError";
  }
}
