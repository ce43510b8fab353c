/** A query or path parameter the API cannot accept; answered with 400 naming it. */
export class HsdsParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

/** An id the API does not serve (unknown, unpublished, inactive or not public); answered with 404. */
export class HsdsNotFoundError extends Error {
  constructor(kind: string, id: string) {
    super(`no ${kind} with id ${id}`);
  }
}
