import { beforeAll, expect, it } from "vitest";
import { captureLog } from "../setup/log-capture";
import { freePort } from "../../scripts/lib/services";

// The mail server is down (nothing listens on SMTP_URL's port): actions still succeed, the
// invitation's link is handed back to be shown, and one log line without the password says so.

const SMTP_PASSWORD = "geheimes-smtp-passwort-456";
process.env.SMTP_URL = `smtp://katalog:${SMTP_PASSWORD}@127.0.0.1:${await freePort()}`;
process.env.MAIL_FROM = "Angebotskatalog Eisenach <katalog@test.invalid>";

const { setupTestDatabase } = await import("../setup/database");
const { createReferenceData, createUser, offerData, publishTestOffer, ORG_ID } = await import("../setup/fixtures");
const { createInvitation } = await import("../../server/users/invitations");
const { createErrorReport } = await import("../../server/reports/mutations");

const { db } = setupTestDatabase();
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await createReferenceData(db);
  admin = await createUser(db, { role: "ADMIN" });
  await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
});

it("keeps invitations and error reports working, shows the link and logs one line without secrets", async () => {
  const log = captureLog();
  try {
    const invitation = await createInvitation(admin, { email: "neu@test.invalid", role: "PROVIDER", organizationId: ORG_ID });
    expect(invitation).toMatchObject({ ok: true, mail: "failed", link: expect.stringMatching(/\/einladung\//) });

    log.clear();
    const offerId = await publishTestOffer(db, offerData());
    const report = await createErrorReport({ offerId, message: "Die Nummer stimmt nicht.", replyEmail: "", website: "" }, { ip: null });
    expect(report).toMatchObject({ ok: true, id: expect.any(String) });
    // Two providers, one attempt: the second would only wait for the same dead server.
    expect(log.messages("mail")).toHaveLength(1);
    expect(log.lines().find((l) => l.event === "mail")).toMatchObject({ level: "error" });
    expect(log.messages("mail")[0]).toMatch(/^"Fehlermeldung zu „Schuldnerberatung Test“" not sent: (ESOCKET|ECONNECTION) /);
    expect(JSON.stringify(log.lines())).not.toContain(SMTP_PASSWORD);
  } finally {
    log.restore();
  }
});
