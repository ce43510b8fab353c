import { beforeAll, describe, expect, it } from "vitest";
import { readOfferData } from "../../server/offers/store";
import { TranslationRejectionError } from "../../server/revisions/errors";
import { approveRevision } from "../../server/revisions/mutations";
import { getOfferForEdit, getRevisionForReview } from "../../server/revisions/queries";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, createRoleUsers, type createUser, offerData, publishTestOffer } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// Translations with a review state of their own: outdated when the German text changes without
// them, confirmed or updated with it, rejected one by one when the rest of a revision is approved.

const { db } = setupTestDatabase();

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let reviewer: User;

const en = { locale: "en" as const, name: "Debt advice", description: "Help with debts." };
const uk = { locale: "uk" as const, name: "Консультація з боргів", description: "Допомога з боргами." };

/** The index of a locale's fields in the form (one entry per translation locale). */
async function slot(offerId: string, locale: string) {
  return (await getOfferForEdit(provider, offerId)).defaults.translations!.findIndex((t) => t.locale === locale);
}

async function submit(offerId: string, changes: Record<string, string | string[] | null>) {
  const saved = await submitOfferForm(provider, offerId, await offerForm(provider, offerId, changes));
  if (!saved.ok || !saved.revisionId) throw new Error(`not submitted: ${JSON.stringify(saved)}`);
  return saved.revisionId;
}

const outdatedSince = async (serviceId: string) =>
  Object.fromEntries((await db.serviceTranslation.findMany({ where: { serviceId } })).map((t) => [t.locale, t.outdatedSince]));

beforeAll(async () => {
  await createReferenceData(db);
  ({ provider, reviewer } = await createRoleUsers(db));
});

describe("outdated translations", () => {
  it("marks the translations a German text change leaves behind as outdated, and not one updated with it", async () => {
    const id = await publishTestOffer(db, offerData({ translations: [en, uk] }));
    expect(await outdatedSince(id)).toEqual({ en: null, uk: null });

    const revision = await submit(id, {
      description: "Hilfe bei Schulden, jetzt auch online.",
      [`translations[${await slot(id, "en")}].description`]: "Help with debts, now also online.",
    });
    await approveRevision(reviewer, revision);
    const after = await outdatedSince(id);
    expect(after.en).toBeNull();
    expect(after.uk).toBeInstanceOf(Date);
    expect((await getOfferForEdit(provider, id)).translations).toMatchObject({
      en: { state: "published", published: true },
      uk: { state: "outdated", outdatedSince: after.uk!.toISOString() },
      ru: { state: "none", published: false },
    });

    // Another German change keeps the first date; a change elsewhere (phones) marks nothing.
    await approveRevision(reviewer, await submit(id, { name: "Schuldnerberatung Eisenach" }));
    expect((await outdatedSince(id)).uk).toEqual(after.uk);
    expect((await outdatedSince(id)).en).toBeInstanceOf(Date);
  });

  it("leaves translations alone when no German text changed, and clears the mark when confirmed still current", async () => {
    const id = await publishTestOffer(db, offerData({ translations: [en] }));
    await approveRevision(reviewer, await submit(id, { "phones[0].number": "03691 123456" }));
    expect((await outdatedSince(id)).en).toBeNull();

    await approveRevision(reviewer, await submit(id, { eligibilityDescription: "Für alle Menschen in Eisenach." }));
    expect((await outdatedSince(id)).en).toBeInstanceOf(Date);

    const confirm = await submit(id, { [`translations[${await slot(id, "en")}].stillCurrent`]: "on" });
    expect((await getOfferForEdit(provider, id)).translations.en.state).toBe("submitted");
    await approveRevision(reviewer, confirm);
    expect((await outdatedSince(id)).en).toBeNull();
    // The confirmation is not kept in the published offer.
    expect((await readOfferData(db, id))?.translations[0]?.stillCurrent).toBe(false);
  });
});

describe("reviewers", () => {
  it("add and edit translations in the same form and publish them at once, with the same outdated rule", async () => {
    const id = await publishTestOffer(db, offerData({ translations: [uk] }));
    const form = await offerForm(reviewer, id, {
      description: "Neue Beschreibung der Prüfstelle.",
      [`translations[${await slot(id, "fa")}].name`]: "مشاوره بدهی",
      [`translations[${await slot(id, "fa")}].description`]: "کمک در مورد بدهی‌ها.",
    });
    expect(await submitOfferForm(reviewer, id, form, { publish: true })).toMatchObject({ ok: true, published: { id, version: 2 } });
    const after = await outdatedSince(id);
    expect(after.fa).toBeNull();
    expect(after.uk).toBeInstanceOf(Date);
  });
});

describe("a translation rejected on its own", () => {
  it("publishes the rest of the revision, keeps the old translation and shows the provider the reason", async () => {
    const id = await publishTestOffer(db, offerData({ translations: [en] }));
    const revision = await submit(id, {
      description: "Neue Beschreibung.",
      [`translations[${await slot(id, "en")}].description`]: "Machine translated nonsense.",
      [`translations[${await slot(id, "uk")}].name`]: uk.name,
      [`translations[${await slot(id, "uk")}].description`]: uk.description,
    });
    expect((await getRevisionForReview(reviewer, revision)).changedTranslations).toEqual(["en", "uk"]);

    // A rejection needs a reason; nothing is decided without one.
    await expect(approveRevision(reviewer, revision, { en: "" })).rejects.toBeInstanceOf(TranslationRejectionError);
    expect((await db.serviceRevision.findUniqueOrThrow({ where: { id: revision } })).state).toBe("SUBMITTED");

    // A locale the revision does not change cannot be rejected (ignored).
    await approveRevision(reviewer, revision, { en: "Bitte nicht maschinell übersetzen.", ru: "unchanged" });
    const published = await readOfferData(db, id);
    expect(published?.description).toBe("Neue Beschreibung.");
    expect(published?.translations.map((t) => [t.locale, t.description])).toEqual([
      ["en", "Help with debts."],
      ["uk", uk.description],
    ]);
    const statuses = (await getOfferForEdit(provider, id)).translations;
    expect(statuses.en).toMatchObject({ state: "rejected", reason: "Bitte nicht maschinell übersetzen.", published: true });
    expect(statuses.uk.state).toBe("published");
    expect(statuses.ru.state).toBe("none");
    // The kept English text did not follow the German change.
    expect((await outdatedSince(id)).en).toBeInstanceOf(Date);
  });

  it("publishes no translation at all for a rejected new language", async () => {
    const id = await publishTestOffer(db, offerData());
    const revision = await submit(id, {
      [`translations[${await slot(id, "ar")}].name`]: "استشارة الديون",
      [`translations[${await slot(id, "ar")}].description`]: "مساعدة في الديون.",
    });
    await approveRevision(reviewer, revision, { ar: "Bitte von einer Fachkraft prüfen lassen." });
    expect(await db.serviceTranslation.count({ where: { serviceId: id } })).toBe(0);
    expect((await getOfferForEdit(provider, id)).translations.ar).toMatchObject({ state: "rejected", published: false });
  });
});

describe("phrases", () => {
  it("stores the ticked phrases as terms of the taxonomy hinweis and refuses unknown codes", async () => {
    const taxonomy = await db.taxonomy.create({ data: { key: "hinweis", name: "Hinweis" } });
    await db.taxonomyTerm.createMany({
      data: [
        { taxonomyId: taxonomy.id, code: "kostenlos", name: "Kostenlos", labels: { en: "Free of charge", ar: "مجاني" } },
        { taxonomyId: taxonomy.id, code: "anonym", name: "Anonym möglich", labels: { en: "Anonymous if you wish" } },
      ],
    });
    const id = await publishTestOffer(db, offerData());
    await approveRevision(reviewer, await submit(id, { hinweise: ["kostenlos", "anonym"] }));
    expect((await readOfferData(db, id))?.hinweise).toEqual(["anonym", "kostenlos"]);
    const terms = await db.serviceTerm.findMany({ where: { serviceId: id, term: { taxonomy: { key: "hinweis" } } }, select: { term: { select: { code: true } } } });
    expect(terms.map((t) => t.term.code).sort()).toEqual(["anonym", "kostenlos"]);

    const unknown = await submitOfferForm(provider, id, await offerForm(provider, id, { hinweise: ["erfunden"] }));
    expect(unknown).toEqual({ ok: false, fieldErrors: { hinweise: ["unknown_choice"] } });
  });
});
