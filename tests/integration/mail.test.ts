import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLog } from "../setup/log-capture";
import { startSmtpInbox } from "../setup/smtp-inbox";

// Mail through a real SMTP server started here: invitations, password links, error reports and
// staleness reminders reach the right people with the right link, and a refused mail is reported
// (the caller then shows the link) and logged without the SMTP password.

const SMTP_PASSWORD = "geheimes-smtp-passwort-123";
const REFUSED = "abgelehnt@test.invalid";
const inbox = await startSmtpInbox({ user: "katalog", password: SMTP_PASSWORD, refuse: [REFUSED] });
// Before anything imports server/env.ts, which reads the variables once.
process.env.SMTP_URL = `smtp://katalog:${SMTP_PASSWORD}@127.0.0.1:${inbox.port}`;
process.env.MAIL_FROM = "Angebotskatalog Eisenach <katalog@test.invalid>";

const { setupTestDatabase } = await import("../setup/database");
const { createReferenceData, createUser, offerData, publishTestOffer, ORG_ID, OTHER_ORG_ID } = await import("../setup/fixtures");
const { createInvitation } = await import("../../server/users/invitations");
const { createPasswordReset } = await import("../../server/users/password-reset");
const { createErrorReport } = await import("../../server/reports/mutations");
const { sendStaleReminders } = await import("../../server/mail/stale-reminders");

const { db } = setupTestDatabase();
afterAll(() => inbox.close());

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let provider: User;
let colleague: User;
let otherProvider: User;

beforeAll(async () => {
  await createReferenceData(db);
  admin = await createUser(db, { role: "ADMIN" });
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  colleague = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  otherProvider = await createUser(db, { role: "PROVIDER", organizationIds: [OTHER_ORG_ID] });
  await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID], disabled: true, email: "gesperrt@test.invalid" });
});

describe("mail through SMTP", () => {
  it("mails an invitation with its one-time link to the invited address", async () => {
    const result = await createInvitation(admin, { email: "neu@test.invalid", role: "PROVIDER", organizationId: ORG_ID });
    if (!result.ok) throw new Error("invitation refused");
    expect(result.mail).toBe("sent");
    const [mail] = inbox.to("neu@test.invalid");
    expect(mail.subject).toBe("Einladung zum Angebotskatalog Eisenach");
    expect(mail.from?.text).toContain("katalog@test.invalid");
    expect(mail.text).toContain(result.link);
    expect(mail.text).toContain("„Testträger e. V.“");
    expect(mail.html).toContain(`href="${result.link}"`);
  });

  it("mails a password link to the account's address", async () => {
    const result = await createPasswordReset(admin, provider.id);
    if (!result.ok) throw new Error("no link");
    expect(result.mail).toBe("sent");
    const mail = inbox.to(provider.email).at(-1)!;
    expect(mail.subject).toBe("Neues Passwort für den Angebotskatalog Eisenach");
    expect(mail.text).toContain(result.link);
    expect(result.link).toMatch(/^http:\/\/localhost:3000\/passwort-neu\//);
  });

  it("reports a refused mail as failed and logs it without the SMTP password", async () => {
    const log = captureLog();
    try {
      const result = await createInvitation(admin, { email: REFUSED, role: "PROVIDER", organizationId: ORG_ID });
      if (!result.ok) throw new Error("invitation refused");
      expect(result.mail).toBe("failed");
      expect(result.link).toMatch(/\/einladung\//); // the admin is shown the link instead
      const logged = JSON.stringify(log.lines());
      expect(log.messages("mail").join("\n")).toMatch(/^"Einladung zum Angebotskatalog Eisenach" not sent/);
      expect(logged).not.toContain(SMTP_PASSWORD);
      expect(logged).not.toContain(result.link);
    } finally {
      log.restore();
    }
  });

  it("mails a new error report to the offer's active providers, not the resident's address", async () => {
    const offerId = await publishTestOffer(db, offerData({ name: "Beratung mit Meldung" }));
    inbox.clear();
    const result = await createErrorReport(
      { offerId, message: "Die Telefonnummer <b>stimmt</b> nicht.", replyEmail: "anwohnerin@example.org", website: "" },
      { ip: null },
    );
    expect(result.ok).toBe(true);
    expect(inbox.received.map((r) => r.to).flat().sort()).toEqual([colleague.email, provider.email].sort());
    const mail = inbox.to(provider.email)[0];
    expect(mail.subject).toBe("Fehlermeldung zu „Beratung mit Meldung“");
    expect(mail.text).toContain("Die Telefonnummer <b>stimmt</b> nicht.");
    expect(mail.text).toContain("http://localhost:3000/meine-angebote/meldungen");
    expect(mail.html).toContain("&lt;b&gt;stimmt&lt;/b&gt;");
    expect(mail.text).not.toContain("anwohnerin@example.org");
  });

  it("reminds each organisation of its stale offers at most once in the period, and not in a dry run", async () => {
    await db.service.updateMany({ data: { lastVerifiedAt: new Date() } }); // only the offer below is stale
    await publishTestOffer(db, offerData({ name: "Lange nicht bestätigt", lastVerifiedAt: "2025-01-15" }));
    await publishTestOffer(db, offerData({ organizationId: OTHER_ORG_ID, name: "Frisch bestätigt", lastVerifiedAt: new Date().toISOString().slice(0, 10) }));
    inbox.clear();

    const dry = await sendStaleReminders({ dryRun: true });
    expect(dry).toEqual([{ organization: "Testträger e. V.", offers: ["Lange nicht bestätigt"], recipients: [colleague.email, provider.email].sort(), outcome: "dry-run" }]);
    expect(inbox.received).toHaveLength(0);

    const first = await sendStaleReminders({ everyDays: 14 });
    expect(first.map((r) => r.outcome)).toEqual(["sent"]);
    const mail = inbox.to(provider.email)[0];
    expect(mail.subject).toBe("Bitte prüfen: 1 Angebot(e) von Testträger e. V.");
    expect(mail.text).toContain("- Lange nicht bestätigt");
    expect(mail.text).toContain("http://localhost:3000/meine-angebote");
    expect(inbox.to(otherProvider.email)).toHaveLength(0);

    expect(await sendStaleReminders({ everyDays: 14 })).toEqual([]);
    const later = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000);
    expect((await sendStaleReminders({ everyDays: 14, now: later })).map((r) => r.outcome)).toEqual(["sent"]);
  });
});
