import "server-only";
import { db } from "../db";
import { staleCutoff, type StalenessOptions } from "../offers/staleness";
import { memberAddresses, siteUrl } from "./recipients";
import { sendMail, type MailOutcome } from "./send";
import { staleReminderMail } from "./templates";

// The mailed form of the dashboard's staleness reminder (server/offers/staleness.ts): each
// provider organisation with stale offers gets one mail to its active members, at most once every
// `everyDays` days. The send time is stored only when the mail went out, so a failed or
// unconfigured send is tried again on the next run.

export type StaleReminderOptions = StalenessOptions & {
  /** Mail an organisation at most once in this many days (default 14). */
  everyDays?: number;
  /** List what would be sent; send and store nothing. */
  dryRun?: boolean;
  now?: Date;
};

export type StaleReminder = { organization: string; offers: string[]; recipients: string[]; outcome: MailOutcome | "dry-run" | "no-members" };

export async function sendStaleReminders(options: StaleReminderOptions = {}): Promise<StaleReminder[]> {
  const now = options.now ?? new Date();
  const remindedSince = new Date(now.getTime() - (options.everyDays ?? 14) * 24 * 60 * 60 * 1000);
  const cutoff = staleCutoff(options);
  // The stale list's rule (listStaleOffers): published, not closed for good, confirmed on or
  // before the cutoff or never.
  const organizations = await db.organization.findMany({
    where: {
      OR: [{ staleReminder: null }, { staleReminder: { sentAt: { lte: remindedSince } } }],
      services: { some: { version: { gt: 0 }, status: { not: "defunct" }, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: cutoff } }] } },
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      services: {
        where: { version: { gt: 0 }, status: { not: "defunct" }, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: cutoff } }] },
        orderBy: { name: "asc" },
        select: { name: true },
      },
    },
  });

  const result: StaleReminder[] = [];
  for (const org of organizations) {
    const offers = org.services.map((s) => s.name);
    const recipients = await memberAddresses(org.id);
    if (recipients.length === 0 || options.dryRun) {
      result.push({ organization: org.name, offers, recipients, outcome: recipients.length ? "dry-run" : "no-members" });
      continue;
    }
    const outcome = await sendMail(recipients, staleReminderMail({ organizationName: org.name, offers, link: siteUrl("/meine-angebote") }));
    if (outcome === "sent") {
      await db.staleReminder.upsert({ where: { organizationId: org.id }, create: { organizationId: org.id, sentAt: now }, update: { sentAt: now } });
    }
    result.push({ organization: org.name, offers, recipients, outcome });
  }
  return result;
}
