// `npm run remind:stale [-- --dry-run] [-- --every-days N]`: mails each provider organisation's
// members about their stale offers (server/mail/stale-reminders.ts), at most once every N days
// (default 14). Needs SMTP_URL and MAIL_FROM; --dry-run only lists who would get what. Meant for
// a daily timer (cron, systemd).
import { parseArgs } from "node:util";
import { z } from "zod";
import { runWithDb } from "./lib/run-with-db";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, "every-days": { type: "string", default: "14" } } });
const everyDays = z.coerce.number().int().min(1).max(365).parse(values["every-days"]);

await runWithDb(async () => {
  const { sendStaleReminders } = await import("../server/mail/stale-reminders");
  const { mailConfigured } = await import("../server/mail/transport");
  const dryRun = values["dry-run"];
  if (!dryRun && !mailConfigured()) throw new Error("SMTP_URL and MAIL_FROM are not set: nothing can be sent (try --dry-run)");
  const reminders = await sendStaleReminders({ everyDays, dryRun });
  for (const r of reminders) {
    console.log(`${r.outcome}: ${r.organization} (${r.offers.length} stale offer(s)) -> ${r.recipients.length} member(s)`);
  }
  console.log(`${reminders.length} organisation(s) with stale offers due for a reminder${dryRun ? " (dry run: nothing sent)" : ""}`);
  return reminders.every((r) => r.outcome !== "failed");
});
