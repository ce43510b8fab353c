import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offersIndex } from "../../search/client";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { canonicalOffer } from "../../server/offers/compare";
import { readCsvPackage, writeCsvPackage } from "../../server/hsds/csv";
import { exportHsds } from "../../server/hsds/export";
import { importHsds } from "../../server/hsds/import";
import { publishOffer } from "../../server/offers/publish";
import type { OfferDataInput } from "../../server/offers/schema";
import { readOfferData } from "../../server/offers/store";
import { setupTestDatabase } from "../setup/database";
import { AREA_CODE, ORG_ID, createReferenceData, offerData } from "../setup/fixtures";

const { db } = setupTestDatabase();
const VENDOR = path.resolve(import.meta.dirname, "../../vendor/hsds-3.0");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(VENDOR, file), "utf8")) as unknown;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateService = ajv.compile(readJson("schema/compiled/service_with_definitions.json") as object);
const schemaErrors = (service: { id: string }) => {
  const valid: boolean = validateService(service);
  return valid ? [] : (validateService.errors ?? []).map((e) => ({ service: service.id, ...e }));
};

const tmp = mkdtempSync(path.join(tmpdir(), "hsds-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let measureId: string;

beforeAll(async () => {
  await createReferenceData(db);
  await ensureIndex();
  const tax = async (key: string) => (await db.taxonomy.findUniqueOrThrow({ where: { key } })).id;
  await db.taxonomyTerm.create({ data: { taxonomyId: await tax("handlungsfeld"), code: "3", name: "Bildung im familiären Umfeld" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: await tax("lebensphase"), code: "alle_generationen", name: "Alle Generationen" } });
  const area = await db.taxonomyTerm.create({ data: { taxonomyId: await tax("planungsraum"), code: "nordwest", name: "Nord-West" } });
  await db.planningArea.create({ data: { code: "nordwest", name: "Nord-West", termId: area.id, centerLat: 50.99, centerLon: 10.29 } });
  const hinweis = await db.taxonomy.create({ data: { key: "hinweis", name: "Hinweis" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: hinweis.id, code: "kostenlos", name: "Kostenlos", labels: { en: "Free of charge" } } });
  const hf4 = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "4" } });
  const period = await db.planningPeriod.create({
    data: { name: "FIP 2021-2022", startsOn: new Date("2021-01-01"), endsOn: new Date("2022-12-31") },
  });
  measureId = (
    await db.measure.create({
      data: { periodId: period.id, handlungsfeldId: hf4.id, code: "HF4-M4", title: "Einen digitalen Angebotskatalog erarbeiten", timeframe: "seit 2019" },
    })
  ).id;
});

const publish = (data: OfferDataInput) => db.$transaction((tx) => publishOffer(tx, data, { source: "IMPORT" }));

async function exportOne(id: string, includeInternal = false) {
  const found = (await exportHsds(db, { includeInternal })).find((s) => s.id === id);
  if (!found) throw new Error(`offer ${id} missing from the export`);
  return found;
}

function richOffer(): OfferDataInput {
  return offerData({
    name: "Familienzentrum Rundreise",
    alternateName: "FZ Rundreise",
    url: "https://example.org/familienzentrum",
    email: "kontakt@example.org",
    status: "temporarily_closed",
    feesDescription: "Kurse 5 Euro, ermäßigt kostenlos",
    free: false,
    languages: ["de", "en", "ar"],
    eligibilityDescription: "Familien mit Kindern und Großeltern",
    applicationProcess: "Anrufen oder vorbeikommen",
    requiredDocuments: ["Personalausweis", "Bescheid über Leistungen"],
    appointmentRequired: true,
    byArrangement: true,
    lastVerifiedAt: "2026-10-01",
    serviceAreaScope: "PLANNING_AREAS",
    serviceAreaNote: "Innenstadt und Nord-West, Hausbesuche nach Absprache",
    serviceAreaCodes: [AREA_CODE, "nordwest"],
    anonymousPossible: true,
    channels: ["IN_PERSON", "PHONE"],
    interpreterAvailable: true,
    homeVisits: false,
    handlungsfelder: ["3", "4"],
    lebensphasen: ["alle_generationen", "senioren"],
    angebotsarten: ["schuldnerberatung"],
    measureIds: [measureId],
    hinweise: ["kostenlos"],
    translations: [
      { locale: "en", name: "Family centre round trip", description: "Courses and advice for families.", eligibilityDescription: "Families with children", applicationProcess: "Call or drop in" },
      { locale: "ar", name: "مركز الأسرة", description: "دورات واستشارات للأسر." },
      { locale: "de-x-ls", name: "Familien-Zentrum", description: "Hier gibt es Kurse für Familien." },
    ],
    locations: [
      {
        id: randomUUID(),
        name: "Haupthaus",
        street: "Karlstraße 12",
        postalCode: "99817",
        city: "Eisenach",
        latitude: 50.9747,
        longitude: 10.3201,
        planningAreaCode: AREA_CODE,
        stepFree: true,
        accessibleToilet: false,
        accessibilityNote: "Klingel am Seiteneingang, stufenlos über den Hof",
        schedules: [
          { weekday: "MO", opensAt: "09:00", closesAt: "12:00" },
          { weekday: "WE", opensAt: "14:00", closesAt: "18:00", description: "offene Sprechstunde" },
        ],
      },
      { id: randomUUID(), street: "Stregdaer Allee 3", postalCode: "99817", city: "Eisenach", planningAreaCode: "nordwest", schedules: [{ weekday: "TH", opensAt: "10:00", closesAt: "12:00" }] },
    ],
    schedules: [{ weekday: "FR", opensAt: "08:00", closesAt: "10:00", description: "Telefonsprechzeit" }],
    phones: [
      { number: "03691 123456", extension: "12", description: "Zentrale" },
      { number: "0151 2345678", type: "cell" },
    ],
    contacts: [{ name: "Erika Muster", title: "Leitung", department: "Familienbildung", email: "erika@example.org" }],
    planning: {
      staffFte: 1.5,
      places: 12,
      waitingTimeWeeks: 3,
      acceptingNewClients: true,
      legalBasis: "SGB VIII § 16",
      lszFundingArea: "Familienbildung",
      lszFundingStage: 3,
      fundingAmountEur: 12000,
      professionalContact: "Direktdurchwahl 03691 123499",
      intakeCriteria: "Wohnsitz in Eisenach",
    },
  });
}

/** A minimal HSDS service of a new provider. */
function hsdsService(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    name: "Importtest Beratung",
    description: "Beratung aus einer HSDS-Datei.",
    status: "active",
    organization: { id: randomUUID(), name: "Importträger e. V.", description: "Ein Träger aus einer Datei" },
    ...overrides,
  };
}

describe("HSDS export", () => {
  it("validates against the HSDS 3.0 service schema, with and without internal data", async () => {
    const rich = richOffer();
    await publish(rich);
    await publish(offerData({ name: "Frauenhaus Schema", addressVisibility: "HIDDEN" }));
    await publish(offerData({ name: "Telefonberatung", addressVisibility: "NONE", locations: [], free: true }));
    for (const includeInternal of [false, true]) {
      const services = await exportHsds(db, { includeInternal });
      expect(services.length).toBeGreaterThanOrEqual(3);
      const errors = services.flatMap(schemaErrors);
      expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    }
    const exported = await exportOne(rich.id);
    expect(JSON.stringify(exported)).not.toContain("SGB VIII"); // planning only on request
    expect(JSON.stringify(await exportOne(rich.id, true))).toContain("SGB VIII");
  });

  it("never writes the address of a HIDDEN offer, but keeps its phones and service areas", async () => {
    const data = offerData({ name: "Frauenhaus Geheim", addressVisibility: "HIDDEN", serviceAreaScope: "PLANNING_AREAS", serviceAreaCodes: [AREA_CODE] });
    data.locations![0] = { ...data.locations![0], street: "Geheimweg 7", postalCode: "99819", latitude: 50.9811, longitude: 10.3377 };
    await publish(data);
    for (const includeInternal of [false, true]) {
      const svc = await exportOne(data.id, includeInternal);
      const raw = JSON.stringify(svc);
      for (const secret of ["Geheimweg", "99819", "50.9811", "10.3377", data.locations![0].id]) expect(raw).not.toContain(secret);
      expect(svc.service_at_locations).toEqual([]);
      expect(svc.phones?.map((p) => p.number)).toEqual(["03691 999001"]);
      expect(svc.service_areas?.map((a) => a.name)).toEqual(["Innenstadt"]);
    }
    // Importing that export again keeps the stored (hidden) address: the file cannot carry it.
    expect(await importHsds(db, [await exportOne(data.id)])).toMatchObject({ unchanged: 1 });
    expect((await readOfferData(db, data.id))?.locations[0].street).toBe("Geheimweg 7");

    // A file from a directory that knows no hidden flag does not make the address public.
    const foreign = hsdsService({
      id: data.id,
      name: "Frauenhaus Geheim",
      organization_id: ORG_ID,
      organization: undefined,
      service_at_locations: [{ id: randomUUID(), location: { id: randomUUID(), location_type: "physical", addresses: [{ id: randomUUID(), address_1: "Neue Geheimstraße 1", city: "Eisenach", address_type: "physical" }] } }],
    });
    expect(await importHsds(db, [foreign])).toMatchObject({ updated: 1 });
    expect((await readOfferData(db, data.id))?.addressVisibility).toBe("HIDDEN");
    expect(JSON.stringify(await exportOne(data.id))).not.toContain("Geheimstraße");
  });
});

describe("HSDS round trip", () => {
  it("import(export(offer)) loses nothing, after a change and after deletion", async () => {
    const rich = richOffer();
    await publish(rich);
    await db.organization.update({ where: { id: ORG_ID }, data: { providerType: "freier Träger" } });
    const original = (await readOfferData(db, rich.id))!;
    const file = [await exportOne(rich.id, true)];
    // The public export carries no planning facts: importing it keeps the stored ones.
    expect(await importHsds(db, [await exportOne(rich.id)])).toMatchObject({ unchanged: 1 });

    await publish({ ...rich, name: "Geändert", phones: [], locations: [], addressVisibility: "NONE", planning: null, measureIds: [] });
    expect(await importHsds(db, file)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(canonicalOffer((await readOfferData(db, rich.id))!)).toEqual(canonicalOffer(original));

    await db.service.delete({ where: { id: rich.id } });
    await db.organization.update({ where: { id: ORG_ID }, data: { providerType: null } });
    expect(await importHsds(db, file)).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(canonicalOffer((await readOfferData(db, rich.id))!)).toEqual(canonicalOffer(original));
    expect((await db.organization.findUniqueOrThrow({ where: { id: ORG_ID } })).providerType).toBe("freier Träger");
  });

  it("carries translations in x_translations and phrases as attributes, both read back by the import", async () => {
    const rich = richOffer();
    await publish(rich);
    const exported = await exportOne(rich.id);
    expect(schemaErrors(exported)).toEqual([]);
    expect(exported.x_translations).toEqual({
      en: { name: "Family centre round trip", description: "Courses and advice for families.", eligibility_description: "Families with children", application_process: "Call or drop in" },
      ar: { name: "مركز الأسرة", description: "دورات واستشارات للأسر." },
      "de-x-ls": { name: "Familien-Zentrum", description: "Hier gibt es Kurse für Familien." },
    });
    expect(exported.attributes?.find((a) => a.taxonomy_term?.taxonomy === "hinweis")?.taxonomy_term).toMatchObject({ code: "kostenlos", name: "Kostenlos" });

    // Gone from the catalogue, then imported again: every translation and the phrase are back.
    await db.service.delete({ where: { id: rich.id } });
    expect(await importHsds(db, [exported])).toMatchObject({ created: 1 });
    const back = (await readOfferData(db, rich.id))!;
    expect(back.hinweise).toEqual(["kostenlos"]);
    expect(back.translations.map((t) => [t.locale, t.name, t.applicationProcess])).toEqual([
      ["ar", "مركز الأسرة", null],
      ["de-x-ls", "Familien-Zentrum", null],
      ["en", "Family centre round trip", "Call or drop in"],
    ]);

    // A record with x_translations replaces them (here: English only, plus a language the catalogue
    // does not translate into, which is reported); one without keeps the stored ones.
    const english = { ...exported, x_translations: { EN: exported.x_translations!.en, fr: { name: "Centre familial", description: "Cours." } } };
    const result = await importHsds(db, [english]);
    expect(result.warnings).toEqual(expect.arrayContaining([expect.stringContaining('language "fr"')]));
    expect((await readOfferData(db, rich.id))!.translations.map((t) => t.locale)).toEqual(["en"]);
    const { x_translations: _none, ...withoutTranslations } = exported;
    await importHsds(db, [{ ...withoutTranslations, name: "Familienzentrum Rundreise neu" }]);
    expect((await readOfferData(db, rich.id))!.translations.map((t) => t.locale)).toEqual(["en"]);
  });

  it("re-importing the same file changes nothing and bumps no version", async () => {
    const file = await exportHsds(db, { includeInternal: true });
    const before = { versions: await db.serviceVersion.count(), outbox: await db.outboxEvent.count(), services: await db.service.count() };
    expect(await importHsds(db, file)).toMatchObject({ created: 0, updated: 0, unchanged: file.length });
    expect(await importHsds(db, file)).toMatchObject({ created: 0, updated: 0, unchanged: file.length });
    expect({ versions: await db.serviceVersion.count(), outbox: await db.outboxEvent.count(), services: await db.service.count() }).toEqual(before);
  });

  it("writes and reads a CSV data package with the same services", async () => {
    const services = await exportHsds(db, { includeInternal: true });
    const dir = path.join(tmp, "csv-roundtrip");
    writeCsvPackage(dir, services);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["datapackage.json", "services.csv", "taxonomy_terms.csv", "attributes.csv"]));
    const back = readCsvPackage(dir);
    // CSV rows always carry their parent's key and cannot tell an empty list or text from none;
    // the package has no table for the x_translations extension (the import then keeps them).
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (k.endsWith("_id") || k === "x_translations" || x === "" || (Array.isArray(x) && !x.length) ? [] : [[k, strip(x)]])))
          : v;
    expect(strip(back)).toEqual(strip(services));
    expect(await importHsds(db, dir)).toMatchObject({ created: 0, updated: 0, unchanged: services.length });

    const hidden = services.find((s) => s.name === "Frauenhaus Geheim")!;
    const hiddenDir = path.join(tmp, "csv-hidden");
    writeCsvPackage(hiddenDir, [hidden]);
    for (const f of readdirSync(hiddenDir)) expect(readFileSync(path.join(hiddenDir, f), "utf8")).not.toContain("Geheimweg");
  });
});

describe("HSDS import", () => {
  it("rejects a file with an invalid id in its second record and keeps nothing of the first", async () => {
    const first = hsdsService();
    const file = [first, hsdsService({ id: "not-a-uuid", name: "Kaputt" })];
    await expect(importHsds(db, file)).rejects.toThrow(/record 2 \(id not-a-uuid, "Kaputt"\): id: must be a UUID/);
    expect(await db.service.findUnique({ where: { id: first.id } })).toBeNull();
  });

  it("rejects an opening time of 25:00 with the record and the field", async () => {
    const first = hsdsService();
    const bad = hsdsService({ name: "Spätschicht", schedules: [{ id: randomUUID(), freq: "WEEKLY", byday: "MO", opens_at: "25:00", closes_at: "26:00" }] });
    await expect(importHsds(db, [first, bad])).rejects.toThrow(new RegExp(`record 2 \\(id ${bad.id}, "Spätschicht"\\): schedules\\[0\\]\\.opens_at: must be a time`));
    expect(await db.organization.findUnique({ where: { id: first.organization.id } })).toBeNull();
  });

  it("rolls back the whole file when a later record fails in the database", async () => {
    // Vocabulary no longer fails a record (hsds-foreign-feeds.test.ts), and the checks catch
    // everything else before the transaction: a trigger makes the database refuse record 2.
    await db.$executeRawUnsafe(`create function refuse_service() returns trigger language plpgsql as $$
      begin if new.name = 'Falsches Feld' then raise exception 'Falsches Feld refused by the test'; end if; return new; end $$`);
    await db.$executeRawUnsafe(`create trigger refuse_service before insert on "Service" for each row execute function refuse_service()`);
    try {
      const first = hsdsService();
      const bad = hsdsService({ name: "Falsches Feld" });
      const before = await db.outboxEvent.count();
      await expect(importHsds(db, [first, bad])).rejects.toThrow(/record 2 .*"Falsches Feld"\): .*Falsches Feld refused by the test/);
      expect(await db.service.findUnique({ where: { id: first.id } })).toBeNull();
      expect(await db.organization.findUnique({ where: { id: first.organization.id } })).toBeNull();
      expect(await db.outboxEvent.count()).toBe(before);
    } finally {
      await db.$executeRawUnsafe(`drop trigger refuse_service on "Service"`);
      await db.$executeRawUnsafe(`drop function refuse_service()`);
    }
  });

  it("imports the official examples, keeping the terms of taxonomies it does not know", async () => {
    const ID = "ac148810-d857-441c-9679-408f346de14b";
    const full = await importHsds(db, readJson("examples/service_full.json"));
    expect(full).toMatchObject({ created: 1, updated: 0, unchanged: 0, unmapped: [{ taxonomy: "name", term: "name", count: 1 }], mapped: [] });
    expect((await readOfferData(db, ID))?.foreignAttributes.map((a) => a.taxonomy_term?.id)).toEqual(["3f7b145d-84af-42d7-8fae-eaca714b02b2"]);
    expect(await db.organization.findUnique({ where: { id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610" } })).toMatchObject({ name: "Example Organization Inc." });
    const offer = (await readOfferData(db, ID))!;
    expect(offer).toMatchObject({ name: "Community Counselling", status: "active", free: false, languages: ["ur"], lastVerifiedAt: "2005-01-01", interpreterAvailable: true, handlungsfelder: [] });
    expect(offer.locations).toHaveLength(1);
    expect(offer.locations[0]).toMatchObject({ street: "1-30 Main Street", city: "MyCity", postalCode: null, latitude: null, stepFree: true, hearingLoop: true });
    expect(offer.locations[0].schedules.map((s) => `${s.weekday} ${s.opensAt}-${s.closesAt}`)).toEqual(["TH 10:00-18:00", "FR 10:00-18:00"]);
    expect(offer.phones.map((p) => [p.number, p.extension])).toEqual([["+44 1234 234567", "100"]]);
    expect(offer.contacts.map((c) => c.name)).toEqual(["Ann Persona"]);
    expect(offer.requiredDocuments).toHaveLength(1);
    expect(await importHsds(db, readJson("examples/service_full.json"))).toMatchObject({ unchanged: 1 });

    expect(await importHsds(db, readJson("examples/service_list.json"))).toMatchObject({ created: 0, updated: 1 });
    expect((await readOfferData(db, ID))?.locations).toEqual([]);

    expect(await importHsds(db, path.join(VENDOR, "examples/csv"))).toMatchObject({ created: 0, updated: 1 });
    const fromCsv = (await readOfferData(db, ID))!;
    expect(fromCsv.locations[0]).toMatchObject({ name: "MyCity Civic Center", street: "1-30 Main Street", hearingLoop: true });
    expect(fromCsv).toMatchObject({ languages: ["ur"], free: false, contacts: [expect.objectContaining({ name: "Ann Persona" })] });
  });

  it("makes imported offers searchable right after draining the outbox", async () => {
    // Our taxonomy named the way another directory would: by taxonomy name and term code only.
    const svc = hsdsService({
      name: "Zauberwortberatung Import",
      attributes: [{ id: randomUUID(), taxonomy_term: { id: randomUUID(), code: "4", name: "Beratung", taxonomy: "Handlungsfeld" } }],
    });
    expect(await importHsds(db, { contents: [svc] })).toMatchObject({ created: 1 });
    await drainOutbox();
    const res = await offersIndex().search("Zauberwortberatung");
    expect(res.hits.map((h) => [h.id, h.handlungsfeld])).toEqual([[svc.id, ["4"]]]);
  });
});

