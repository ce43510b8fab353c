import "server-only";
import { z } from "zod";
import { assertCan, NotFoundError, type Actor } from "../authz";
import { db } from "../db";
import { label } from "../offers/queries";
import { staleCutoff, type StalenessOptions } from "../offers/staleness";
import { planOffersSelect, toPlanOffers } from "./plan-view";
import { measureColumns } from "./tree";

// One measure for planners (`planning:read`): where it sits in the plan, its figures, the offers
// serving it, and each indicator with its assessments, newest first (the first is the current state).

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Where a planner downloads a document: a path with a dot, which the proxy passes past next-intl. */
export const evidenceDocumentPath = (doc: { id: string; fileName: string }) => `/planung/plan/nachweise/${doc.id}.${doc.fileName.split(".").pop()}`;

export async function getMeasureDetail(actor: Actor | null, measureId: string, locale = "de", options: StalenessOptions = {}) {
  assertCan(actor, "planning:read");
  if (!z.uuid().safeParse(measureId).success) throw new NotFoundError("measure");
  const m = await db.measure.findUnique({
    where: { id: measureId },
    select: {
      ...measureColumns,
      responsibleBody: true,
      funding: true,
      plannedCents: true,
      spentCents: true,
      period: { select: { id: true, name: true, startsOn: true, endsOn: true } },
      handlungsfeld: { select: { code: true, name: true, labels: true } },
      subGoal: { select: { title: true, goal: { select: { title: true } } } },
      indicators: {
        orderBy: [{ sortOrder: "asc" }, { statement: "asc" }],
        select: {
          id: true,
          statement: true,
          fulfilled: true,
          assessments: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            // Never the document's bytes: the page lists them, the download route reads one.
            select: {
              id: true,
              fulfilled: true,
              assessedOn: true,
              note: true,
              createdAt: true,
              user: { select: { name: true, email: true } },
              document: { select: { id: true, fileName: true, contentType: true, size: true } },
            },
          },
        },
      },
      services: planOffersSelect,
    },
  });
  if (!m) throw new NotFoundError("measure");
  const { services, handlungsfeld, subGoal, period, indicators, ...measure } = m;
  return {
    ...measure,
    handlungsfeld: { code: handlungsfeld.code, name: label(handlungsfeld, locale) },
    goal: subGoal?.goal.title ?? null,
    subGoal: subGoal?.title ?? null,
    period: { id: period.id, name: period.name, startsOn: day(period.startsOn), endsOn: day(period.endsOn) },
    offers: toPlanOffers(services, staleCutoff(options)),
    indicators: indicators.map((i) => ({
      ...i,
      assessments: i.assessments.map(({ user, document, assessedOn, ...a }) => ({
        ...a,
        assessedOn: day(assessedOn),
        who: user?.name || user?.email || null,
        document: document && { ...document, href: evidenceDocumentPath(document) },
      })),
    })),
  };
}

export type MeasureDetail = Awaited<ReturnType<typeof getMeasureDetail>>;
