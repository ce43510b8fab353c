import "server-only";
import { logMessage, messageOf } from "../log";
import { db } from "../db";
import { memberAddresses, reviewerAddresses, siteUrl } from "./recipients";
import { sendMail, type MailOutcome } from "./send";
import { mailConfigured } from "./transport";
import { errorReportMail } from "./templates";

/**
 * Tells those who can fix the entry that a resident reported an error: the members of the
 * offer's organisation, pointed to their inbox. Reviewers see every report in their own inbox
 * anyway and are mailed only when the organisation has no active member, so a report never goes
 * unnoticed. The resident's reply address stays out of the mail (it is in the inbox, and erased
 * there once the report is resolved).
 */
export async function notifyErrorReport(offerId: string, message: string): Promise<MailOutcome> {
  if (!mailConfigured()) return "off";
  try {
    return await mailReport(offerId, message);
  } catch (err) {
    // The report is stored already: looking up the recipients must not fail the resident's action.
    logMessage("error", "mail", `error report not mailed: ${messageOf(err)}`);
    return "failed";
  }
}

async function mailReport(offerId: string, message: string): Promise<MailOutcome> {
  const offer = await db.service.findUnique({ where: { id: offerId }, select: { name: true, organizationId: true } });
  if (!offer) return "off";
  const members = await memberAddresses(offer.organizationId);
  const [to, inbox] = members.length ? [members, "/meine-angebote/meldungen"] as const : [await reviewerAddresses(), "/pruefung/meldungen"] as const;
  return sendMail(to, errorReportMail({ offerName: offer.name, message, link: siteUrl(inbox) }));
}
