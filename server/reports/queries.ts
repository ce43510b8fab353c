import "server-only";
import type { Actor } from "../authz";
import { db } from "../db";
import type { ErrorReportStatus } from "../generated/prisma/enums";
import { canHandleReports, OPEN_STATUSES, reportScope } from "./access";

export type InboxReport = {
  id: string;
  offerId: string;
  offerName: string;
  message: string;
  /** Personal data: only in this DTO, which only the people who may act on the report receive. */
  replyEmail: string | null;
  status: ErrorReportStatus;
  createdAt: Date;
  resolvedAt: Date | null;
};

/** Open reports kept in the inbox; done ones only the most recent, so the page stays short. */
const OPEN_LIMIT = 500;
const DONE_LIMIT = 50;

const select = {
  id: true,
  serviceId: true,
  message: true,
  replyEmail: true,
  status: true,
  createdAt: true,
  resolvedAt: true,
  service: { select: { name: true } },
} as const;

/** The reports about offers in the person's scope: open ones first (newest first), then done ones. */
export async function listReports(actor: Actor | null): Promise<InboxReport[]> {
  const scope = reportScope(actor);
  const [open, done] = await Promise.all([
    db.errorReport.findMany({
      where: { AND: [scope, { status: { in: [...OPEN_STATUSES] } }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: OPEN_LIMIT,
      select,
    }),
    db.errorReport.findMany({
      where: { AND: [scope, { status: { notIn: [...OPEN_STATUSES] } }] },
      orderBy: [{ resolvedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: DONE_LIMIT,
      select,
    }),
  ]);
  return [...open, ...done].map(({ service, serviceId, ...r }) => ({ ...r, offerId: serviceId, offerName: service.name }));
}

/** How many open reports wait for this person (0 for people who handle none). */
export async function countOpenReports(actor: Actor | null): Promise<number> {
  if (!canHandleReports(actor)) return 0;
  return db.errorReport.count({ where: { AND: [reportScope(actor), { status: { in: [...OPEN_STATUSES] } }] } });
}
