import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../server/authz";
import { createErrorReport, resolveErrorReport } from "../../server/reports/mutations";
import { countOpenReports, listReports } from "../../server/reports/queries";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";

// The reports inbox: providers see and resolve the reports about their organisations' offers only,
// reviewers and admins all of them; the resident's reply address goes to those people only.

const { db } = setupTestDatabase();

/** Reports sent without a known client address: only the per-offer limit applies. */
const NO_IP = { ip: null };

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let otherProvider: User;
let reviewer: User;
let admin: User;
let network: User;
let ownOffer: string;
let otherOffer: string;

const publish = (name: string, organizationId: string) => publishTestOffer(db, offerData({ name, organizationId }));

async function report(offerId: string, message: string, replyEmail = "") {
  const result = await createErrorReport({ offerId, message, replyEmail }, NO_IP);
  if (!result.ok || !result.id) throw new Error("report not stored");
  return result.id;
}

const statusOf = async (id: string) => db.errorReport.findUniqueOrThrow({ where: { id }, select: { status: true, resolvedAt: true, replyEmail: true } });

beforeAll(async () => {
  await createReferenceData(db);
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  otherProvider = await createUser(db, { role: "PROVIDER", organizationIds: [OTHER_ORG_ID] });
  reviewer = await createUser(db, { role: "REVIEWER" });
  admin = await createUser(db, { role: "ADMIN" });
  network = await createUser(db, { role: "NETWORK_PARTNER", organizationIds: [ORG_ID] });
  ownOffer = await publish("Erziehungsberatung Eigen", ORG_ID);
  otherOffer = await publish("Seniorenberatung Fremd", OTHER_ORG_ID);
});

describe("listReports", () => {
  it("gives a provider the reports about its organisations' offers only, with the reply address", async () => {
    const own = await report(ownOffer, "Die Telefonnummer stimmt nicht mehr.", "anna@example.org");
    const foreign = await report(otherOffer, "Die Adresse ist falsch, bitte prüfen.", "bert@example.org");

    const mine = await listReports(provider);
    expect(mine.map((r) => r.id)).toContain(own);
    expect(mine.map((r) => r.id)).not.toContain(foreign);
    expect(mine.find((r) => r.id === own)).toMatchObject({
      offerId: ownOffer,
      offerName: "Erziehungsberatung Eigen",
      message: "Die Telefonnummer stimmt nicht mehr.",
      replyEmail: "anna@example.org",
      status: "OPEN",
      createdAt: expect.any(Date),
    });

    // The other organisation's provider: the mirror image, and never the first resident's address.
    const theirs = await listReports(otherProvider);
    expect(theirs.map((r) => r.id)).toContain(foreign);
    expect(theirs.map((r) => r.id)).not.toContain(own);
    expect(JSON.stringify(theirs)).not.toContain("anna@example.org");
  });

  it("gives reviewers and admins every report", async () => {
    const a = await report(ownOffer, "Öffnungszeiten am Freitag fehlen.");
    const b = await report(otherOffer, "Der Link zur Website ist kaputt.");
    for (const person of [reviewer, admin]) {
      const ids = (await listReports(person)).map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([a, b]));
    }
  });

  it("refuses network partners (even with an organisation), signed-out callers and providers without one", async () => {
    await expect(listReports(network)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listReports(null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countOpenReports(null)).resolves.toBe(0);
    await expect(countOpenReports(network)).resolves.toBe(0);
    const orphan = await createUser(db, { role: "PROVIDER" });
    expect(await listReports(orphan)).toEqual([]);
  });

  it("lists open reports first, newest first, then the done ones", async () => {
    const older = await report(ownOffer, "Erste Meldung zur Reihenfolge.");
    const done = await report(ownOffer, "Zweite Meldung zur Reihenfolge.");
    const newer = await report(ownOffer, "Dritte Meldung zur Reihenfolge.");
    // Distinct times, so the order does not depend on how fast the rows were written.
    const base = Date.now() + 60_000;
    for (const [i, id] of [older, done, newer].entries()) {
      await db.errorReport.update({ where: { id }, data: { createdAt: new Date(base + i * 1000) } });
    }
    await resolveErrorReport(provider, done);
    const list = await listReports(provider);
    const statuses = list.map((r) => r.status);
    expect(statuses.indexOf("RESOLVED")).toBeGreaterThan(statuses.lastIndexOf("OPEN"));
    const ids = list.map((r) => r.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids.indexOf(done)).toBeGreaterThan(ids.indexOf(older));
  });
});

describe("resolveErrorReport", () => {
  it("lets the provider mark its report as done: RESOLVED, resolvedAt, reply address erased", async () => {
    const id = await report(ownOffer, "Die E-Mail-Adresse ist veraltet.", "clara@example.org");
    const before = await countOpenReports(provider);
    await resolveErrorReport(provider, id);
    expect(await statusOf(id)).toEqual({ status: "RESOLVED", resolvedAt: expect.any(Date), replyEmail: null });
    expect(await countOpenReports(provider)).toBe(before - 1);
    // A second click changes nothing (the first resolution is kept).
    const first = (await statusOf(id)).resolvedAt;
    await resolveErrorReport(provider, id);
    expect((await statusOf(id)).resolvedAt).toEqual(first);
  });

  it("refuses another organisation's provider with NotFoundError and leaves the report open", async () => {
    const id = await report(ownOffer, "Hier fehlt die Hausnummer.", "dora@example.org");
    await expect(resolveErrorReport(otherProvider, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await statusOf(id)).toEqual({ status: "OPEN", resolvedAt: null, replyEmail: "dora@example.org" });
  });

  it("refuses network partners and signed-out callers with ForbiddenError", async () => {
    const id = await report(ownOffer, "Falsche Ansprechperson genannt.");
    await expect(resolveErrorReport(network, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveErrorReport(null, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await statusOf(id)).status).toBe("OPEN");
  });

  it("answers unknown and malformed ids with NotFoundError", async () => {
    for (const id of [randomUUID(), "not-a-uuid", "' OR 1=1 --", null, 42]) {
      await expect(resolveErrorReport(reviewer, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("lets reviewers and admins resolve any organisation's report", async () => {
    const a = await report(otherOffer, "Das Angebot ist umgezogen.");
    const b = await report(ownOffer, "Das Angebot gibt es nicht mehr.");
    await resolveErrorReport(reviewer, a);
    await resolveErrorReport(admin, b);
    expect((await statusOf(a)).status).toBe("RESOLVED");
    expect((await statusOf(b)).status).toBe("RESOLVED");
  });
});
