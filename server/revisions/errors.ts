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
