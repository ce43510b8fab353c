import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicOffer } from "../../server/offers/queries";
import { createErrorReport } from "../../server/reports/mutations";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, ORG_ID, publishTestOffer } from "../setup/fixtures";

const { db } = setupTestDatabase();

/** Reports sent without a known client address: only the per-offer limit applies. */
const NO_IP = { ip: null };

const publish = (data: ReturnType<typeof offerData>) => publishTestOffer(db, data);

const reportsFor = (serviceId: string) => db.errorReport.findMany({ where: { serviceId } });

let offerId: string;

beforeAll(async () => {
  await createReferenceData(db);
  offerId = await publish(offerData({ name: "Beratung für Fehlermeldungen" }));
});

describe("createErrorReport", () => {
  it("stores a report for a published offer, open and with the reply address", async () => {
    const result = await createErrorReport({
      offerId,
      message: "  Die Telefonnummer ist nicht mehr aktuell.  ",
      replyEmail: " anna@example.org ",
      website: "",
    }, NO_IP);
    expect(result).toEqual({ ok: true, id: expect.any(String) });
    const row = await db.errorReport.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(row).toMatchObject({
      serviceId: offerId,
      message: "Die Telefonnummer ist nicht mehr aktuell.",
      replyEmail: "anna@example.org",
      status: "OPEN",
    });
  });

  it("stores no reply address when the field is left empty", async () => {
    const result = await createErrorReport({ offerId, message: "Die Öffnungszeiten stimmen nicht.", replyEmail: "" }, NO_IP);
    expect(result.ok).toBe(true);
    const row = await db.errorReport.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(row.replyEmail).toBeNull();
  });

  it("keeps HTML as plain text, unchanged", async () => {
    const message = '<script>alert("x")</script> <b>Adresse</b> & "Hausnummer" falsch';
    const result = await createErrorReport({ offerId, message }, NO_IP);
    const row = await db.errorReport.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(row.message).toBe(message);
  });

  it("drops control characters PostgreSQL cannot store and counts a line break once", async () => {
    const result = await createErrorReport({ offerId, message: "Zeile eins\r\nZeile\u0000 zwei\u0007" }, NO_IP);
    const row = await db.errorReport.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(row.message).toBe("Zeile eins\nZeile zwei");
    // 2,000 characters with Windows line breaks (as browsers send them) are still within the limit.
    const lines = `${"a".repeat(98)}\r\n`.repeat(20).trimEnd();
    expect((await createErrorReport({ offerId, message: lines }, NO_IP)).ok).toBe(true);
  });

  it("rejects an unknown offer, a malformed id and an offer that is not published", async () => {
    const unpublished = await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurf", description: "Noch nicht veröffentlicht." } });
    const inactive = await publish(offerData({ name: "Geschlossen", status: "inactive" }));
    for (const id of [randomUUID(), "not-a-uuid", "' OR 1=1 --", unpublished.id, inactive]) {
      expect(await createErrorReport({ offerId: id, message: "Dieses Angebot gibt es nicht." }, NO_IP)).toEqual({
        ok: false,
        reason: "offer_not_found",
      });
    }
    expect(await db.errorReport.count({ where: { serviceId: { in: [unpublished.id, inactive] } } })).toBe(0);
  });

  it("rejects a message that is too short or too long, and a malformed email, with a clear code", async () => {
    const before = (await reportsFor(offerId)).length;
    expect(await createErrorReport({ offerId, message: "   kurz    " }, NO_IP)).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { message: "too_short" },
    });
    expect(await createErrorReport({ offerId, message: "x".repeat(2001) }, NO_IP)).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { message: "too_long" },
    });
    expect(await createErrorReport({ offerId, message: "x".repeat(1_000_000), replyEmail: "keine-adresse" }, NO_IP)).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { message: "too_long", replyEmail: "invalid_email" },
    });
    expect(await createErrorReport({ offerId }, NO_IP)).toMatchObject({ ok: false, fieldErrors: { message: "too_short" } });
    expect((await reportsFor(offerId)).length).toBe(before);
    expect((await createErrorReport({ offerId, message: "x".repeat(2000) }, NO_IP)).ok).toBe(true);
  });

  it("answers a bot that filled the honeypot like a person but stores nothing", async () => {
    const before = (await reportsFor(offerId)).length;
    expect(await createErrorReport({ offerId, message: "Buy cheap watches now!!!", website: "https://spam.example" }, NO_IP)).toEqual({
      ok: true,
      id: null,
    });
    expect((await reportsFor(offerId)).length).toBe(before);
  });
});

// The offer page and the Merkliste are built from this DTO only; the report form sits on that page.
describe("getPublicOffer", () => {
  const planning = { staffFte: 2.5, waitingTimeWeeks: 7, legalBasis: "SGB VIII § 28", professionalContact: "Fachleitung 03691 000" };

  it("never carries a hidden address, its hours or any planner-only field", async () => {
    const data = offerData({ name: "Schutzwohnung Test", addressVisibility: "HIDDEN", planning });
    data.locations![0].accessibilityNote = "Geheimer Hintereingang";
    data.locations![0].name = "Schutzwohnung, Hinterhaus";
    const id = await publish(data);
    const offer = await getPublicOffer(id);
    expect(offer).not.toBeNull();
    expect(offer!.locations).toEqual([]);
    expect(offer!.schedules).toEqual([]); // the only hours belong to the hidden location
    const raw = JSON.stringify(offer);
    for (const secret of ["Markt 1", "Hinterhaus", "Hintereingang", "50.97", "SGB VIII", "Fachleitung", "staffFte", "waitingTime"]) {
      expect(raw).not.toContain(secret);
    }
    expect(offer!.phones.map((p) => p.number)).toEqual(["03691 999001"]);
  });

  it("gives a public offer its address with accessibility, and nothing for planners", async () => {
    const data = offerData({ name: "Offene Beratung Test", planning });
    data.locations![0].stepFree = true;
    const id = await publish(data);
    const offer = await getPublicOffer(id);
    expect(offer!.locations).toMatchObject([{ street: "Markt 1", stepFree: true, schedules: [{ weekday: "MO" }] }]);
    expect(JSON.stringify(offer)).not.toMatch(/SGB VIII|Fachleitung|latitude|planning/);
  });

  it("returns null for a malformed id and an unpublished offer", async () => {
    const draft = await db.service.create({ data: { organizationId: ORG_ID, name: "Entwurf 2", description: "Noch nicht veröffentlicht." } });
    expect(await getPublicOffer("../etc/passwd")).toBeNull();
    expect(await getPublicOffer(draft.id)).toBeNull();
  });
});
