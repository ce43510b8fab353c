// `npm run admin:invite -- EMAIL`: invites an administrator from the server's console, e.g. the
// first one after `npm run seed` (production has no accounts), or a new one when none is left.
// Prints the one-time link (7 days), also when it was mailed: the operator passes it on.
import { runWithDb } from "./lib/run-with-db";

const REASONS: Record<string, string> = {
  invalid_email: "not an e-mail address",
  existing_other_role: "that address has an account in another role (change it at /verwaltung/konten)",
  account_disabled: "that account is disabled (re-enable it at /verwaltung/konten)",
  already_member: "that address is an administrator already (a forgotten password: /verwaltung/konten, or ask another administrator)",
};

const email = process.argv[2];
if (!email || process.argv.length > 3) {
  console.error("usage: npm run admin:invite -- EMAIL");
  process.exit(2);
}

await runWithDb(async () => {
  const { inviteAdminFromConsole } = await import("../server/users/invitations");
  const result = await inviteAdminFromConsole(email);
  if (!result.ok) {
    const code = Object.values(result.fieldErrors)[0];
    console.error(`cannot invite ${email}: ${REASONS[code ?? ""] ?? code}`);
    return false;
  }
  const mailed = result.mail === "sent" ? ", and mailed to that address" : "";
  console.log(`Invitation for ${result.email} (administrator), valid until ${result.expiresAt.toISOString()}${mailed}:`);
  console.log(result.link);
});
