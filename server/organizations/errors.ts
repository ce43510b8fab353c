/** The organisation was changed after the draft was made: approving it would undo that change. */
export class StaleOrganizationRevisionError extends Error {
  constructor(readonly organizationId: string) {
    super(`stale organisation revision: organisation ${organizationId} changed since the draft was made`);
    this.name = "StaleOrganizationRevisionError";
  }
}
