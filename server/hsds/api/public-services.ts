import type { Prisma } from "../../generated/prisma/client";

/**
 * The services the open-data API and the dumps serve: published (version > 0) and active — the
 * same set the resident search indexes (search/document.ts isSearchable). Inactive, defunct and
 * temporarily closed offers, drafts and never-published offers are not served.
 */
export const PUBLIC_SERVICE_WHERE = { version: { gt: 0 }, status: "active" } satisfies Prisma.ServiceWhereInput;
