/** The offer was published again after the draft was made: the reviewer must look again. */
export class StaleRevisionError extends Error {
  constructor(
    readonly baseVersion: number,
    readonly currentVersion: number,
  ) {
    super(`stale revision: based on version ${baseVersion}, offer is at ${currentVersion}`);
    this.name = "StaleRevisionError";
  }
}

/** A reviewer rejected a translation without a usable reason: nothing was decided. */
export class TranslationRejectionError extends Error {
  constructor(readonly errors: Partial<Record<string, "too_short" | "too_long">>) {
    super(`translation rejections need a reason: ${Object.keys(errors).join(", ")}`);
  }
}
