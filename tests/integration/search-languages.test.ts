// Search across languages (issue 12) on the seeded catalogue: the multilingual synonym list (from
// the database, edited through the reviewers' domain functions), approved translations, language
// names in every site language, other languages' term labels and the Leichte Sprache filter.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { offers, organizations, seedDatabase } from "../../prisma/seed/index";
import { offersIndex } from "../../search/client";
import { parseSearchParams, type RawSearchParams } from "../../search/params";
import { searchOffers, type SearchResult } from "../../search/query";
import { reindex } from "../../search/reindex";
import { ensureIndex, withIndexWriteLock, writeOffersToIndex } from "../../search/sync";
import { ForbiddenError } from "../../server/authz";
import { deleteSynonymGroup, listSynonymGroups, saveSynonymGroup } from "../../server/synonyms/store";
import { setupTestDatabase } from "../setup/database";
import { createUser, offerData, publishTestOffer } from "../setup/fixtures";

const { db } = setupTestDatabase();

const ORG = organizations[0].id;
const SCHULDNER = "Schuldnerberatung Eisenach-Nord";
const translatedId = randomUUID();
const easyId = randomUUID();

let reviewer: Awaited<ReturnType<typeof createUser>>;
let provider: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await seedDatabase(db);
  // An offer with an approved English translation whose words appear nowhere in German, and one
  // with a text in Leichte Sprache.
  await publishTestOffer(db, offerData({
    id: translatedId,
    organizationId: ORG,
    name: "Mieterberatung im Quartier",
    description: "Beratung bei Ärger mit dem Vermieter.",
    angebotsarten: [],
    translations: [{ locale: "en", name: "Tenant helpdesk", description: "Help when your landlord will not repair the heating." }],
  }));
  await publishTestOffer(db, offerData({
    id: easyId,
    organizationId: ORG,
    name: "Stadtteilsprechstunde Süd",
    description: "Sprechstunde im Stadtteil.",
    angebotsarten: [],
    translations: [{ locale: "de-x-ls", name: "Hilfe im Stadt-Teil", description: "Sie haben Fragen? Wir helfen Ihnen." }],
  }));
  await reindex();
  reviewer = await createUser(db, { role: "REVIEWER" });
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG] });
}, 180_000);

const search = (raw: RawSearchParams, locale = "de") => searchOffers(parseSearchParams(raw), locale);
const names = (r: SearchResult) => r.hits.map((h) => h.name.map((s) => s.text).join(""));
const byLanguage = (code: string) => offers.filter((o) => o.status !== "inactive" && o.languages?.includes(code)).map((o) => o.name).sort();

async function allNames(q: string) {
  const res = await offersIndex().search(q, { hitsPerPage: 100, matchingStrategy: "frequency" });
  return res.hits.map((h) => h.name).sort();
}

describe("the multilingual synonym list", () => {
  it("finds a German-only debt counselling for English, Ukrainian, Russian, Arabic and Farsi words", async () => {
    const seeded = offers.find((o) => o.name === SCHULDNER)!;
    expect(seeded.translations ?? []).toEqual([]); // German only
    for (const [q, locale] of [["debt advice", "en"], ["борги", "uk"], ["долги", "ru"], ["ديون", "ar"], ["بدهی", "fa"]] as const) {
      const r = await search({ q }, locale);
      expect(names(r).slice(0, 3), q).toContain(SCHULDNER);
    }
  });

  it("answers 'counselling' and 'pregnancy' from /en", async () => {
    const counselling = await search({ q: "counselling" }, "en");
    expect(counselling.total).toBeGreaterThan(5);
    expect(names(counselling)[0]).toMatch(/[Bb]eratung/);
    const pregnancy = await search({ q: "pregnancy" }, "en");
    const PREGNANCY = ["Schwangeren- und Schwangerschaftskonfliktberatung", "Hilfetelefon „Schwangere in Not – anonym und sicher“", "Hebammensprechstunde und Geburtsvorbereitung", "Familienhebamme – Frühe Hilfen zu Hause"];
    expect(names(pregnancy)).toEqual(expect.arrayContaining(PREGNANCY));
    for (const name of names(pregnancy).slice(0, 3)) expect(PREGNANCY, name).toContain(name);
  });

  it("applies a group saved, changed and deleted through the reviewers' functions at once, and keeps it through a reindex", async () => {
    const input = { kind: "ONE_WAY", words: "Kreditklemme", targets: "schuldnerberatung", note: "test" };
    expect(names(await search({ q: "kreditklemme" }))).not.toContain(SCHULDNER);
    await expect(saveSynonymGroup(provider, null, input)).rejects.toBeInstanceOf(ForbiddenError);

    expect(await saveSynonymGroup(reviewer, null, input)).toEqual({ ok: true, applied: true });
    expect(names(await search({ q: "kreditklemme" }))).toContain(SCHULDNER);

    const [group] = await listSynonymGroups(reviewer, "kreditklemme");
    await saveSynonymGroup(reviewer, group.id, { ...input, words: "Geldklemme" });
    expect(names(await search({ q: "kreditklemme" }))).not.toContain(SCHULDNER);
    expect(names(await search({ q: "geldklemme" }))).toContain(SCHULDNER);

    // Saved while a reindex builds its new index: the swapped-in index has it too.
    await reindex({
      beforeSwap: async () => {
        await saveSynonymGroup(reviewer, null, { ...input, words: "Pleitegeier" });
      },
    });
    expect(names(await search({ q: "pleitegeier" }))).toContain(SCHULDNER);
    expect(names(await search({ q: "geldklemme" }))).toContain(SCHULDNER);

    await deleteSynonymGroup(reviewer, group.id);
    expect(names(await search({ q: "geldklemme" }))).not.toContain(SCHULDNER);
  });

  it("refuses an invalid group with the field's error and stores nothing", async () => {
    const before = (await listSynonymGroups(reviewer)).length;
    expect(await saveSynonymGroup(reviewer, null, { kind: "ONE_WAY", words: 'x" OR id EXISTS', targets: "", note: "" })).toEqual({
      ok: false,
      errors: { words: "invalidEntry" },
    });
    expect((await listSynonymGroups(reviewer)).length).toBe(before);
  });
});

describe("languages spoken, by name in every site language", () => {
  it("finds the offers spoken in Ukrainian by its German, English, Ukrainian, Russian, Arabic and Farsi name", async () => {
    const expected = byLanguage("uk");
    expect(expected.length).toBeGreaterThan(2);
    for (const q of ["Ukrainisch", "Ukrainian", "українська", "украинский", "الأوكرانية", "اوکراینی"]) {
      expect(await allNames(q), q).toEqual(expected);
    }
  });
});

describe("translations and term labels in the index", () => {
  it("searches an approved English translation from the German search, and a rejected one no more", async () => {
    const doc = await offersIndex().getDocument(translatedId);
    expect(doc.translations).toEqual({ en: { name: "Tenant helpdesk", description: "Help when your landlord will not repair the heating.", outdated: false } });
    expect(doc.hasLeichteSprache).toBe(false);
    expect(names(await search({ q: "landlord" }))).toEqual(["Mieterberatung im Quartier"]);

    await db.serviceTranslation.updateMany({ where: { serviceId: translatedId }, data: { reviewState: "REJECTED" } });
    await withIndexWriteLock((tx) => writeOffersToIndex(tx, [translatedId], offersIndex()));
    expect((await offersIndex().getDocument(translatedId)).translations).toEqual({});
    expect(names(await search({ q: "landlord" }))).toEqual([]);
  });

  it("finds offers by the English label of their Angebotsart", async () => {
    const doc = await offersIndex().getDocument(offers.find((o) => o.name === SCHULDNER)!.id!);
    expect(doc.termLabels).toEqual(expect.arrayContaining(["Counselling, support and information"]));
    expect(doc.termLabels).not.toContain("Beratung, Unterstützung und Information");
  });
});

describe("phrases (taxonomy hinweis) in every language", () => {
  it("finds an offer by its phrase in German and in the other site languages", async () => {
    const taxonomy = await db.taxonomy.upsert({ where: { key: "hinweis" }, create: { key: "hinweis", name: "Hinweise" }, update: {} });
    const term = await db.taxonomyTerm.create({
      data: { taxonomyId: taxonomy.id, code: "test-dolmetscher", name: "Dolmetschende auf Wunsch", labels: { en: "Interpreter on request", uk: "Перекладач за запитом", ar: "مترجم عند الطلب" } },
    });
    await db.serviceTerm.create({ data: { serviceId: easyId, termId: term.id } });
    await withIndexWriteLock((tx) => writeOffersToIndex(tx, [easyId], offersIndex()));
    for (const q of ["Dolmetschende", "interpreter", "перекладач", "مترجم"]) expect(names(await search({ q })), q).toContain("Stadtteilsprechstunde Süd");
  });
});

describe("the filter Leichte Sprache vorhanden", () => {
  it("keeps only offers with an approved text in Leichte Sprache, counts them, and is a removable filter", async () => {
    const all = await search({ q: "" , sort: "name" });
    expect(all.facets.hasLeichteSprache).toBe(1);
    const easy = await search({ leichtesprache: "1" });
    expect(easy.hits.map((h) => h.id)).toEqual([easyId]);
    expect((await offersIndex().getDocument(easyId)).hasLeichteSprache).toBe(true);
    // Leichte Sprache text is searchable too.
    expect(names(await search({ q: "Stadt-Teil helfen" }))).toContain("Stadtteilsprechstunde Süd");
    const removed = parseSearchParams({ leichtesprache: "1", ohne: "leichtesprache" });
    expect(removed.leichtesprache).toBeUndefined();
    expect(parseSearchParams({ leichtesprache: "ja" }).leichtesprache).toBeUndefined();
  });
});

describe("the seed and the reviewers' edits", () => {
  it("leaves a seeded group a reviewer changed or deleted as the reviewer left it", async () => {
    const [debt] = (await listSynonymGroups(reviewer, "debt advice")).filter((g) => g.seeded);
    const [pregnancy] = (await listSynonymGroups(reviewer, "pregnancy")).filter((g) => g.seeded);
    await deleteSynonymGroup(reviewer, debt.id);
    await saveSynonymGroup(reviewer, pregnancy.id, { kind: "ONE_WAY", words: "pregnancy", targets: "hebamme", note: "" });
    await seedDatabase(db);
    expect(await listSynonymGroups(reviewer, "debt advice")).toEqual([]);
    expect((await listSynonymGroups(reviewer, "pregnancy")).map((g) => g.words)).toEqual([["pregnancy"]]);
    await ensureIndex(); // what `npm run seed` does after seeding
    const { synonyms } = await offersIndex().getSettings();
    expect(synonyms?.["борги"]).toBeUndefined();
    expect(synonyms?.pregnancy).toEqual(["hebamme"]);
  }, 120_000);
});
