import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../server/authz";
import { readOfferData } from "../../server/offers/store";
import { approveRevision } from "../../server/revisions/mutations";
import { getOfferForEdit, getRevisionForReview } from "../../server/revisions/queries";
import { setupTestDatabase } from "../setup/database";
import { AREA_CODE, createReferenceData, createUser, offerData, ORG_ID, OTHER_ORG_ID, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// The whole offer through the edit form: every part a provider keeps current, what the form may
// not touch, and reviewers publishing directly.

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let reviewer: User;
let measureId: string;

const publish = (data: ReturnType<typeof offerData>) => publishTestOffer(db, data);

/** Submits the provider's form and approves it; returns the published offer. */
async function submitAndApprove(id: string, changes: Record<string, string | string[] | null>) {
  const saved = await submitOfferForm(provider, id, await offerForm(provider, id, changes));
  if (!saved.ok || !saved.revisionId) throw new Error(`not saved: ${JSON.stringify(saved)}`);
  await approveRevision(reviewer, saved.revisionId);
  return (await readOfferData(db, id))!;
}

beforeAll(async () => {
  await createReferenceData(db);
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  reviewer = await createUser(db, { role: "REVIEWER" });
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4" } });
  const period = await db.planningPeriod.create({ data: { name: "Plan 2025–2028", startsOn: new Date("2025-01-01"), endsOn: new Date("2028-12-31") } });
  measureId = (await db.measure.create({ data: { periodId: period.id, handlungsfeldId: hf.id, code: "4.1", title: "Schuldnerberatung sichern" } })).id;
});

describe("the edit form holds the whole offer", () => {
  it("changes places, opening hours, accessibility, facets, channels, languages and documents", async () => {
    const id = await publish(offerData());
    const offer = await submitAndApprove(id, {
      "locations[0].name": "Beratungsstelle Markt",
      "locations[0].stepFree": "yes",
      "locations[0].hearingLoop": "no",
      "locations[0].accessibilityNote": "Klingel am Seiteneingang",
      "locations[0].schedules[1].weekday": "TH",
      "locations[0].schedules[1].opensAt": "14:00",
      "locations[0].schedules[1].closesAt": "18:00",
      "schedules[0].weekday": "WE",
      "schedules[0].opensAt": "10:00",
      "schedules[0].closesAt": "11:00",
      "schedules[0].description": "Telefonsprechstunde",
      channels: ["IN_PERSON", "PHONE"],
      languages: ["de", "ar"],
      free: "yes",
      requiredDocuments: "Personalausweis\nKontoauszüge",
      lebensphasen: null,
      anonymousPossible: "on",
    });
    const place = offer.locations[0]!;
    expect(place).toMatchObject({ name: "Beratungsstelle Markt", stepFree: true, hearingLoop: false, accessibleToilet: null, accessibilityNote: "Klingel am Seiteneingang" });
    // Address unchanged: the stored coordinates stay.
    expect(place).toMatchObject({ latitude: 50.9748, longitude: 10.3193 });
    expect(place.schedules.map((s) => `${s.weekday} ${s.opensAt}-${s.closesAt}`)).toEqual(["MO 09:00-12:00", "TH 14:00-18:00"]);
    expect(offer.schedules).toMatchObject([{ weekday: "WE", opensAt: "10:00", closesAt: "11:00", description: "Telefonsprechstunde" }]);
    expect(offer).toMatchObject({ channels: ["IN_PERSON", "PHONE"], languages: ["de", "ar"], free: true, requiredDocuments: ["Personalausweis", "Kontoauszüge"], lebensphasen: [], anonymousPossible: true });
  });

  it("adds and removes places; a new place gets a new id and no stale coordinates", async () => {
    const id = await publish(offerData());
    const offer = await submitAndApprove(id, {
      "locations[1].street": "Unbekannter Weg 3",
      "locations[1].postalCode": "99817",
      "locations[1].city": "Eisenach",
      "locations[1].planningAreaCode": AREA_CODE,
    });
    expect(offer.locations).toHaveLength(2);
    const added = offer.locations.find((l) => l.street === "Unbekannter Weg 3")!;
    expect(added.id).not.toBe(offer.locations.find((l) => l.street === "Markt 1")!.id);
    expect(added).toMatchObject({ latitude: null, longitude: null, planningAreaCode: AREA_CODE });

    const fd = await offerForm(provider, id);
    for (const name of [...fd.keys()]) if (name.startsWith("locations[")) fd.delete(name);
    fd.set("addressVisibility", "NONE");
    fd.append("channels", "PHONE");
    const saved = await submitOfferForm(provider, id, fd);
    if (!saved.ok || !saved.revisionId) throw new Error("not saved");
    await approveRevision(reviewer, saved.revisionId);
    expect((await readOfferData(db, id))!).toMatchObject({ addressVisibility: "NONE", locations: [] });
  });

  it("keeps a women's shelter's address hidden unless the change says otherwise, and says which rule failed", async () => {
    const id = await publish(offerData({ addressVisibility: "HIDDEN" }));
    const offer = await submitAndApprove(id, { description: "Schutz und Beratung rund um die Uhr." });
    expect(offer.addressVisibility).toBe("HIDDEN");
    // No address but a place: refused with the rule's own message, nothing stored.
    const result = await submitOfferForm(provider, id, await offerForm(provider, id, { addressVisibility: "NONE" }));
    expect(result).toEqual({ ok: false, fieldErrors: { locations: ["no_locations_without_address"] } });
  });

  it("stores translations and Leichte Sprache with the offer and publishes them on approval", async () => {
    const id = await publish(offerData());
    const translations = (await getOfferForEdit(provider, id)).defaults.translations!;
    const ls = translations.findIndex((t) => t.locale === "de-x-ls");
    const en = translations.findIndex((t) => t.locale === "en");
    const offer = await submitAndApprove(id, {
      [`translations[${ls}].name`]: "Hilfe bei Schulden",
      [`translations[${ls}].description`]: "Sie haben Schulden? Wir helfen Ihnen.",
    });
    expect(offer.translations).toEqual([
      { locale: "de-x-ls", name: "Hilfe bei Schulden", description: "Sie haben Schulden? Wir helfen Ihnen.", eligibilityDescription: null, feesDescription: null, applicationProcess: null, stillCurrent: false },
    ]);
    expect(await db.serviceTranslation.findMany({ where: { serviceId: id }, select: { locale: true, reviewState: true } })).toEqual([{ locale: "de-x-ls", reviewState: "APPROVED" }]);

    // A started translation needs its name and description.
    const half = await submitOfferForm(provider, id, await offerForm(provider, id, { [`translations[${en}].feesDescription`]: "Free of charge" }));
    expect(half).toEqual({ ok: false, fieldErrors: { [`translations[${en}].name`]: ["required"], [`translations[${en}].description`]: ["required"] } });
  });

  it("lets a provider keep capacity and access current and tick the plan's measures, but not the city's funding fields", async () => {
    const id = await publish(offerData({ planning: { fundingAmountEur: 50_000, legalBasis: "§ 16a SGB II" } }));
    const offer = await submitAndApprove(id, {
      "planning.places": "12",
      "planning.waitingTimeWeeks": "3",
      "planning.acceptingNewClients": "no",
      "planning.fundingAmountEur": "999999",
      "planning.legalBasis": "erfunden",
      measureIds: [measureId],
    });
    expect(offer.planning).toMatchObject({ places: 12, waitingTimeWeeks: 3, acceptingNewClients: false, fundingAmountEur: 50_000, legalBasis: "§ 16a SGB II" });
    expect(offer.measureIds).toEqual([measureId]);
  });

  it("answers each field's error at its place in the form and stores nothing", async () => {
    const id = await publish(offerData());
    const result = await submitOfferForm(
      provider,
      id,
      await offerForm(provider, id, {
        "locations[0].schedules[0].closesAt": "08:00",
        "locations[0].postalCode": "998",
        "phones[0].number": "<script>",
        description: "x".repeat(10_001),
        "planning.places": "viele",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        description: ["too_long"],
        "locations[0].postalCode": ["invalid"],
        "locations[0].schedules[0].closesAt": ["closes_before_opens"],
        "phones[0].number": ["invalid"],
        "planning.places": ["invalid"],
      },
    });
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(0);
  });

  it("refuses a Handlungsfeld, Planungsraum or measure that does not exist", async () => {
    const id = await publish(offerData());
    for (const [name, value] of [["handlungsfelder", "99"], ["serviceAreaCodes", "mond"], ["measureIds", randomUUID()]] as const) {
      const result = await submitOfferForm(provider, id, await offerForm(provider, id, { [name]: value }));
      expect(result.ok).toBe(false);
      expect(Object.values(result.ok ? {} : result.fieldErrors).flat()).toEqual(["unknown_choice"]);
    }
    expect(await db.serviceRevision.count({ where: { serviceId: id } })).toBe(0);
  });
});

describe("the reviewer's diff", () => {
  it("names the changed part of a place or a time, not the whole list", async () => {
    const id = await publish(offerData());
    const saved = await submitOfferForm(provider, id, await offerForm(provider, id, { "locations[0].schedules[0].closesAt": "13:00", "locations[0].stepFree": "yes" }));
    if (!saved.ok || !saved.revisionId) throw new Error("not saved");
    expect((await getRevisionForReview(reviewer, saved.revisionId)).changes).toEqual([
      { field: "locations[0].stepFree", before: null, after: true },
      { field: "locations[0].schedules[0].closesAt", before: "12:00", after: "13:00" },
    ]);
  });
});

describe("what a form can never do", () => {
  it("cannot take over another organisation's place by sending its id", async () => {
    const foreign = offerData({ organizationId: OTHER_ORG_ID });
    await publish(foreign);
    const foreignPlace = foreign.locations![0]!;
    const id = await publish(offerData());
    const offer = await submitAndApprove(id, { "locations[0].id": foreignPlace.id, "locations[0].street": "Gekaperte Straße 1" });
    expect(offer.locations[0]!.id).not.toBe(foreignPlace.id);
    const stored = await db.location.findUniqueOrThrow({ where: { id: foreignPlace.id } });
    expect(stored).toMatchObject({ street: "Markt 1", organizationId: OTHER_ORG_ID });
  });

  it("lets only reviewers publish directly, with the reviewer in the history", async () => {
    const id = await publish(offerData());
    const fd = await offerForm(provider, id, { name: "Sofort online" });
    await expect(submitOfferForm(provider, id, fd, { publish: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readOfferData(db, id))!.name).toBe("Schuldnerberatung Test");

    const result = await submitOfferForm(reviewer, id, await offerForm(reviewer, id, { name: "Korrigiert durch die Stadt", "planning.fundingAmountEur": "1200" }), { publish: true });
    expect(result).toEqual({ ok: true, published: { id, version: 2 } });
    expect((await readOfferData(db, id))!).toMatchObject({ name: "Korrigiert durch die Stadt", planning: { fundingAmountEur: 1200 } });
    expect(await db.serviceVersion.findFirstOrThrow({ where: { serviceId: id, version: 2 } })).toMatchObject({ source: "REVIEWER_EDIT", actorId: reviewer.id });
  });

  it("makes a pending provider draft stale when a reviewer publishes first", async () => {
    const id = await publish(offerData());
    const draft = await submitOfferForm(provider, id, await offerForm(provider, id, { name: "Vorschlag" }));
    await submitOfferForm(reviewer, id, await offerForm(reviewer, id, { name: "Direkt" }), { publish: true });
    if (!draft.ok || !draft.revisionId) throw new Error("not saved");
    const review = await getRevisionForReview(reviewer, draft.revisionId);
    expect(review.currentVersion).toBeGreaterThan(review.baseVersion);
    await expect(approveRevision(reviewer, draft.revisionId)).rejects.toThrow(/stale/);
  });
});
