import "server-only";
import { type Actor, assertCanEditOffer, assertCanEditOffers, offerScope } from "../authz";
import { db } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { publishOnTopOfCurrent } from "./republish";

// An offer is "last confirmed" on its lastVerifiedAt date. After STALE_AFTER_MONTHS its providers
// are reminded on their dashboard (and by mail: server/mail/stale-reminders.ts) and reviewers
// see it in the stale list. A confirmation only moves that date, so it is published at once.

type StaleUser = Actor & { id: string };

/** A calendar date (YYYY-MM-DD) as the city sees it: dates change at midnight in Eisenach. */
export function berlinDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `date` plus `months` calendar months; the 31st becomes the month's last day where needed. */
export function addMonths(date: string, months: number): string {
  const d = asUtc(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole calendar months from `from` to `to` (0 if `to` is less than a month later). */
export function wholeMonthsBetween(from: string, to: string): number {
  let n = 0;
  while (addMonths(from, n + 1) <= to) n++;
  return n;
}

export type Verification = {
  id: string;
  name: string;
  organization: string;
  /** Last confirmed (YYYY-MM-DD), null if never. */
  lastVerifiedAt: string | null;
  /** When the next confirmation is due; null if never confirmed (due now). */
  dueOn: string | null;
  stale: boolean;
  /** Whole months since the confirmation fell due (stale offers with a date only). */
  monthsOverdue: number | null;
};

export type StalenessOptions = {
  /** The period after which an offer is stale (default STALE_AFTER_MONTHS). */
  months?: number;
  /** Today's date, YYYY-MM-DD (default: today in Eisenach). */
  today?: string;
};

const select = { id: true, name: true, status: true, lastVerifiedAt: true, organization: { select: { name: true } } } satisfies Prisma.ServiceSelect;

function toVerification(row: Prisma.ServiceGetPayload<{ select: typeof select }>, months: number, today: string): Verification {
  const last = row.lastVerifiedAt ? row.lastVerifiedAt.toISOString().slice(0, 10) : null;
  const dueOn = last ? addMonths(last, months) : null;
  // A closed-for-good offer has nothing left to keep current.
  const stale = row.status !== "defunct" && (dueOn === null || dueOn <= today);
  return {
    id: row.id,
    name: row.name,
    organization: row.organization.name,
    lastVerifiedAt: last,
    dueOn,
    stale,
    monthsOverdue: stale && dueOn ? wholeMonthsBetween(dueOn, today) : null,
  };
}

const resolve = (o: StalenessOptions) => ({ months: o.months ?? env.STALE_AFTER_MONTHS, today: o.today ?? berlinDate() });

/** An offer confirmed on or before this day (or never) is stale: the one rule of the stale list. */
export function staleCutoff(options: StalenessOptions = {}): Date {
  const { months, today } = resolve(options);
  return asUtc(addMonths(today, -months));
}

/**
 * The stale list's rule for one loaded offer (the plan view flags measures with it): never
 * confirmed or confirmed on or before `cutoff`; a closed-for-good offer is never stale.
 */
export function isStaleOffer(offer: { status: string; lastVerifiedAt: Date | null }, cutoff: Date): boolean {
  return offer.status !== "defunct" && (offer.lastVerifiedAt === null || offer.lastVerifiedAt <= cutoff);
}

/**
 * The stale offers the person may edit (a provider: their organisations'; reviewers: all),
 * never-confirmed first, then the oldest confirmation first. Closed-for-good offers are left out.
 */
export async function listStaleOffers(actor: Actor | null, options: StalenessOptions = {}): Promise<Verification[]> {
  assertCanEditOffers(actor);
  const { months, today } = resolve(options);
  const cutoff = staleCutoff(options);
  const rows = await db.service.findMany({
    where: {
      AND: [offerScope(actor), { version: { gt: 0 } }, { status: { not: "defunct" } }, { OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: cutoff } }] }],
    },
    orderBy: [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    take: 1000, // a city catalogue has a few hundred offers: the cap only bounds the page
    select,
  });
  return rows.map((r) => toVerification(r, months, today));
}

/**
 * The dashboard: the confirmation state of every offer of the person's own organisations, by offer
 * id, and the stale ones as in listStaleOffers (never confirmed first, then the oldest).
 */
export async function getMyVerifications(actor: Actor | null, options: StalenessOptions = {}) {
  assertCanEditOffers(actor);
  const { months, today } = resolve(options);
  const rows = await db.service.findMany({
    // A new offer that was never published has nothing to confirm yet.
    where: { AND: [offerScope(actor), { version: { gt: 0 } }, { organizationId: { in: [...actor.organizationIds] } }] },
    orderBy: [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select,
  });
  const all = rows.map((r) => toVerification(r, months, today));
  return { byOffer: new Map(all.map((v) => [v.id, v])), stale: all.filter((v) => v.stale) };
}

/**
 * "Angaben sind noch aktuell": publishes the current version again with lastVerifiedAt = today
 * (source CONFIRMATION, no review: nothing else changes). Open drafts based on the version just
 * confirmed move onto the new one with the new date, so confirming never blocks a change in review.
 * Offers outside the person's scope are NotFoundError.
 */
export async function confirmOffer(actor: StaleUser | null, offerId: string, options: Pick<StalenessOptions, "today"> = {}) {
  assertCanEditOffers(actor);
  const offer = await assertCanEditOffer(actor, offerId);
  const today = options.today ?? berlinDate();
  // A second click (or a reload re-posting the form) the same day changes nothing: no new version.
  const stored = await db.service.findUniqueOrThrow({ where: { id: offer.id }, select: { version: true, lastVerifiedAt: true } });
  if (stored.lastVerifiedAt?.toISOString().slice(0, 10) === today) return { id: offer.id, version: stored.version, unchanged: true };
  const published = await publishOnTopOfCurrent(
    offer.id,
    (current) => ({ ...current, lastVerifiedAt: today }),
    { source: "CONFIRMATION", actorId: actor.id },
    async (tx, published) => {
      const open = await tx.serviceRevision.findMany({
        where: { serviceId: offer.id, state: { in: ["DRAFT", "SUBMITTED"] }, baseVersion: published.version - 1 },
        select: { id: true, data: true },
      });
      for (const r of open) {
        await tx.serviceRevision.update({
          where: { id: r.id },
          data: { baseVersion: published.version, data: { ...(r.data as Prisma.JsonObject), lastVerifiedAt: today } },
        });
      }
    },
  );
  return { ...published, unchanged: false };
}
