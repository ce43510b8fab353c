import { beforeAll, describe, expect, it } from "vitest";
import { meili, offersIndexName } from "../../search/client";
import { parseSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { reindex } from "../../search/reindex";
import { listLeichteSpracheOffers } from "../../server/offers/leichte-sprache";
import { offerPageView } from "../../server/offers/offer-text";
import { getPublicOffer } from "../../server/offers/queries";
import type { OfferDataInput } from "../../server/offers/schema";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";

// What a resident reads of an offer in another language (issue 12): the approved translation of
// the page's language, German (marked lang="de") where there is none, Leichte Sprache first on the
// German offer page, phrases from the phrase library in the reader's language. Real PostgreSQL and
// Meilisearch; the translations are published the way a review publishes them (publishOffer).

const { db } = setupTestDatabase();

const german = {
  name: "Sonnenblume Schuldnerberatung",
  description: "Wir helfen bei Schulden und bei der Verbraucherinsolvenz.",
  eligibilityDescription: "Für alle in Eisenach.",
  feesDescription: "Kostenlos.",
  applicationProcess: "Rufen Sie an und vereinbaren Sie einen Termin.",
};
const english = {
  locale: "en" as const,
  name: "Sunflower debt advice",
  description: "We help with debts and consumer insolvency.",
  eligibilityDescription: null, // not translated: stays German
  feesDescription: "Free of charge.",
  applicationProcess: "Call us to make an appointment.",
};
const easy = {
  locale: "de-x-ls" as const,
  name: "Hilfe bei Schulden",
  description: "Sie haben Schulden? Wir helfen Ihnen.",
  applicationProcess: "Rufen Sie uns an.",
};

const translated = offerData({ ...german, translations: [english, easy] });
const germanOnly = offerData({ name: "Sonnenblume Nähcafé", description: "Gemeinsam nähen und reden." });
/** A women's shelter: hidden place, but texts in English and Leichte Sprache. */
const shelter = offerData({
  name: "Sonnenblume Schutzwohnung",
  addressVisibility: "HIDDEN",
  translations: [
    { locale: "en", name: "Sunflower safe house", description: "Protection for women." },
    { locale: "de-x-ls", name: "Sonnenblume Schutz-Wohnung", description: "Hier sind Frauen sicher." },
  ],
  locations: [{ ...offerData().locations![0], street: "Geheimgasse 7", name: "Hinterhaus" }],
});
const paused = offerData({ name: "Sonnenblume pausiert", status: "inactive", translations: [{ locale: "de-x-ls", name: "Pause-Angebot", description: "Gibt es gerade nicht." }] });

const publish = (data: OfferDataInput & { id: string }) => publishTestOffer(db, data);
const setTranslation = (serviceId: string, locale: string, data: { reviewState?: "APPROVED" | "SUBMITTED"; outdatedSince?: Date | null }) =>
  db.serviceTranslation.update({ where: { serviceId_locale: { serviceId, locale } }, data });

beforeAll(async () => {
  await createReferenceData(db);
  for (const offer of [translated, germanOnly, shelter, paused]) await publish(offer);
});

describe("the offer page's text", () => {
  it("shows the approved English translation on /en, field by field, German where it has none", async () => {
    const offer = (await getPublicOffer(translated.id, "en", offerPageView(undefined, "en")))!;
    expect(offer).toMatchObject({
      name: english.name,
      description: english.description,
      eligibility: german.eligibilityDescription,
      feesDescription: english.feesDescription,
      applicationProcess: english.applicationProcess,
      text: { kind: "translated", outdated: false, hasLeichteSprache: true },
    });
    expect(offer.text.lang).toEqual({ name: "en", description: "en", eligibilityDescription: "de", feesDescription: "en", applicationProcess: "en" });
  });

  it("shows German with the note's marker where the page's language has no translation", async () => {
    for (const id of [translated.id, germanOnly.id]) {
      const offer = (await getPublicOffer(id, "uk", offerPageView(undefined, "uk")))!;
      expect(offer.text.kind).toBe("germanOnly");
      expect(new Set(Object.values(offer.text.lang))).toEqual(new Set(["de"]));
    }
    expect((await getPublicOffer(germanOnly.id, "uk"))!.name).toBe("Sonnenblume Nähcafé");
  });

  it("puts Leichte Sprache first on the German page and shows the standard text on request", async () => {
    const first = (await getPublicOffer(translated.id, "de", offerPageView(undefined, "de")))!;
    expect(first).toMatchObject({ name: easy.name, description: easy.description, applicationProcess: easy.applicationProcess, text: { kind: "leichteSprache" } });
    // Leichte Sprache has no text of its own for whom: the standard German one stands in.
    expect(first.eligibility).toBe(german.eligibilityDescription);
    const standard = (await getPublicOffer(translated.id, "de", offerPageView("standard", "de")))!;
    expect(standard).toMatchObject({ name: german.name, description: german.description, text: { kind: "original", hasLeichteSprache: true } });
    // Asked for on another language's page, Leichte Sprache is shown there too; a German-only offer has none to show.
    expect((await getPublicOffer(translated.id, "en", offerPageView("leicht", "en")))!.text).toMatchObject({ kind: "leichteSprache", lang: { name: "de" } });
    expect((await getPublicOffer(germanOnly.id, "de", offerPageView(undefined, "de")))!.text).toMatchObject({ kind: "original", hasLeichteSprache: false });
  });

  it("reads ?text= strictly: anything but leicht or standard is the page's default", () => {
    for (const raw of ["LEICHT", "leicht ", "", "<script>", { x: 1 }, 7]) expect(offerPageView(raw, "de")).toBe("leicht");
    expect(offerPageView(["standard", "leicht"], "de")).toBe("standard");
    expect(offerPageView("bogus", "en")).toBe("standard");
  });

  it("marks an outdated translation and leaves out one that is not approved", async () => {
    const other = await publish(offerData({ name: "Sonnenblume Elterncafé", translations: [{ ...english, name: "Sunflower parents' café" }] }));
    await setTranslation(other, "en", { outdatedSince: new Date() });
    expect((await getPublicOffer(other, "en"))!).toMatchObject({ name: "Sunflower parents' café", text: { kind: "translated", outdated: true } });
    await setTranslation(other, "en", { outdatedSince: null, reviewState: "SUBMITTED" });
    expect((await getPublicOffer(other, "en"))!).toMatchObject({ name: "Sonnenblume Elterncafé", text: { kind: "germanOnly", outdated: false } });
  });

  it("never lets a translated page show a hidden address", async () => {
    for (const [locale, raw] of [["en", undefined], ["de", "leicht"], ["uk", undefined]] as const) {
      const offer = (await getPublicOffer(shelter.id, locale, offerPageView(raw, locale)))!;
      expect(offer.locations).toEqual([]);
      expect(JSON.stringify(offer)).not.toMatch(/Geheimgasse|Hinterhaus|50\.97|10\.31/);
    }
  });
});

describe("phrases from the phrase library", () => {
  it("lists the offer's `hinweis` terms in the reader's language, German as the fallback, Leichte Sprache with its text", async () => {
    const taxonomy = await db.taxonomy.create({ data: { key: "hinweis", name: "Hinweise" } });
    const terms = await Promise.all([
      db.taxonomyTerm.create({
        data: { taxonomyId: taxonomy.id, code: "termin", name: "Bitte vorher einen Termin machen.", sortOrder: 1, labels: { en: "Please make an appointment first.", "de-x-ls": "Machen Sie vorher einen Termin." } },
      }),
      db.taxonomyTerm.create({ data: { taxonomyId: taxonomy.id, code: "rollstuhl", name: "Mit dem Rollstuhl erreichbar.", sortOrder: 2, labels: { en: "" } } }),
    ]);
    await db.serviceTerm.createMany({ data: terms.map((t) => ({ serviceId: translated.id, termId: t.id })) });

    const phrases = async (locale: string, raw?: string) => (await getPublicOffer(translated.id, locale, offerPageView(raw, locale)))!.phrases;
    expect(await phrases("en")).toEqual([
      { label: "Please make an appointment first.", lang: "en" },
      { label: "Mit dem Rollstuhl erreichbar.", lang: "de" },
    ]);
    expect(await phrases("uk")).toEqual([
      { label: "Bitte vorher einen Termin machen.", lang: "de" },
      { label: "Mit dem Rollstuhl erreichbar.", lang: "de" },
    ]);
    expect((await phrases("de")).map((p) => p.label)).toEqual(["Machen Sie vorher einen Termin.", "Mit dem Rollstuhl erreichbar."]);
    expect((await phrases("de", "standard")).map((p) => p.label)).toEqual(["Bitte vorher einen Termin machen.", "Mit dem Rollstuhl erreichbar."]);
    expect((await getPublicOffer(germanOnly.id, "en"))!.phrases).toEqual([]);
  });
});

describe("the Leichte Sprache page's list", () => {
  it("lists public offers with an approved Leichte Sprache text by that name, nothing else", async () => {
    const unapproved = await publish(offerData({ name: "Sonnenblume Entwurf", translations: [{ locale: "de-x-ls", name: "Noch nicht geprüft", description: "Text." }] }));
    await setTranslation(unapproved, "de-x-ls", { reviewState: "SUBMITTED" });
    expect(await listLeichteSpracheOffers()).toEqual([
      { id: translated.id, name: "Hilfe bei Schulden" },
      { id: shelter.id, name: "Sonnenblume Schutz-Wohnung" },
    ]);
  });
});

describe("search result cards", () => {
  // H6 fills `translations` into the documents; until then the test writes them as the contract says.
  it("show the page's language where the document has it, German (lang de) otherwise", async () => {
    await reindex();
    await meili()
      .index(offersIndexName())
      .updateDocuments([{ id: translated.id, translations: { en: { name: english.name, description: english.description, outdated: false } } }])
      .waitTask();
    const card = async (locale: string) => (await searchOffers(parseSearchParams({ q: "Sonnenblume Schuldnerberatung" }), locale)).hits.find((h) => h.id === translated.id)!;
    const en = await card("en");
    expect(en.name.map((s) => s.text).join("")).toBe(english.name);
    expect(en.snippet.map((s) => s.text).join("")).toBe(english.description);
    expect(en.lang).toBe("en");
    for (const locale of ["uk", "de"]) {
      const other = await card(locale);
      expect(other.name.map((s) => s.text).join("")).toBe(german.name);
      expect(other.lang).toBe("de");
    }
  });
});
