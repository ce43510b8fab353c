// Thrown by the domain layer; pages turn them into a 404, actions into a message.

/** The person may not do this at all (wrong role). */
export class ForbiddenError extends Error {
  constructor(readonly permission: string) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

/** The record does not exist or lies outside the person's scope: the two look the same. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = "NotFoundError";
  }
}
