import "server-only";
import { logMessage } from "../log";
import { getTransport, mailConfigured, redactSmtpSecrets } from "./transport";
import type { MailContent } from "./templates";

/**
 * What became of a mail: "sent" (the SMTP server accepted it), "failed" (logged; the caller shows
 * the link instead) or "off" (no SMTP configured, or nobody to send it to: the caller keeps the
 * link-shown-once behaviour).
 */
export type MailOutcome = "sent" | "failed" | "off";

/** nodemailer's codes for a server that cannot be reached or will not take mail from us at all. */
const SERVER_FAILURES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EAUTH", "EDNS", "ETLS", "EGREETING"]);

/**
 * Sends the mail to each address separately (members of an organisation do not see each other's
 * addresses). Never throws: a person's action (an invitation, an error report) must not fail
 * because the mail server is down. A failure is logged with the error's code and a redacted
 * message, never the SMTP credentials or the mail's body (it may hold a one-time link).
 * "sent" only if every address was accepted.
 */
export async function sendMail(to: string | string[], content: MailContent): Promise<MailOutcome> {
  const recipients = Array.isArray(to) ? to : [to];
  if (!mailConfigured() || recipients.length === 0) return "off";
  let outcome: MailOutcome = "sent";
  for (const recipient of recipients) {
    try {
      await getTransport().sendMail({ to: recipient, subject: content.subject, text: content.text, html: content.html });
    } catch (err) {
      const e = err as { code?: string; message?: string };
      logMessage("error", "mail", `"${content.subject}" not sent: ${e.code ?? "error"} ${redactSmtpSecrets(e.message ?? String(err))}`);
      outcome = "failed";
      // The server is unreachable or refuses us: the other addresses would only wait out the
      // same timeout while the person who acted waits too. (A refused address is its own case.)
      if (e.code && SERVER_FAILURES.has(e.code)) break;
    }
  }
  return outcome;
}
