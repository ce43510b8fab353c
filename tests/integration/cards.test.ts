import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "../../search/params";
import { searchOffers, type SearchResult } from "../../search/query";
import { reindex } from "../../search/reindex";
import { readOfferData } from "../../server/offers/store";
import { openingStatus } from "../../server/offers/opening-status";
import { weekdays } from "../../server/offers/schema";
import { approveRevision } from "../../server/revisions/mutations";
import { setupTestDatabase } from "../setup/database";
import { AREA_CODE, createReferenceData, createUser, offerData, ORG_ID, publishTestOffer, testLocation } from "../setup/fixtures";
import { offerForm, submitOfferForm } from "../setup/offer-form";

// What a result card says beyond the name: the distance from the resident's place (never one to a
// hidden place, "ohne Adresse" instead), whether the offer is open now, and whether the result
// holds a protection offer (then the page shows Quick-Exit). Real PostgreSQL and Meilisearch.

const { db } = setupTestDatabase();

const ORIGIN = { lat: "50.9811", lon: "10.3377" };
const allDay = weekdays.map((weekday) => ({ weekday, opensAt: "00:00", closesAt: "23:59" }));
/** A women's shelter whose hidden place is exactly at the resident's position: its distance would be 0 m. */
const shelter = offerData({
  name: "Frauenhaus Laterne",
  addressVisibility: "HIDDEN",
  protectionOffer: true,
  schedules: [{ weekday: "TU", opensAt: "10:00", closesAt: "11:00", description: "Telefonsprechzeit" }],
  locations: [testLocation(AREA_CODE, { street: "Geheimgasse 13", latitude: 50.9811, longitude: 10.3377, schedules: allDay })],
});
const near = offerData({ name: "Laterne Familiencafé", locations: [testLocation(AREA_CODE, { latitude: 50.9831, longitude: 10.3377, schedules: allDay })] });
const far = offerData({ name: "Laterne Beratung", locations: [testLocation(AREA_CODE, { latitude: 50.9711, longitude: 10.3377, schedules: [] })] });
const hotline = offerData({ name: "Laterne Telefon", addressVisibility: "NONE", locations: [] });

const search = (raw: Record<string, string>) => searchOffers(parseSearchParams({ q: "Laterne", ...raw }), "de");
const names = (r: SearchResult) => r.hits.map((h) => h.name.map((s) => s.text).join(""));
const hit = (r: SearchResult, name: string) => r.hits.find((h) => h.name.map((s) => s.text).join("") === name)!;

type User = Awaited<ReturnType<typeof createUser>>;
let provider: User;
let reviewer: User;

beforeAll(async () => {
  await createReferenceData(db);
  for (const offer of [shelter, near, far, hotline]) await publishTestOffer(db, offer);
  provider = await createUser(db, { role: "PROVIDER", organizationIds: [ORG_ID] });
  reviewer = await createUser(db, { role: "REVIEWER" });
  await reindex();
});

describe("distances on the cards", () => {
  it("sorts by distance with offers without a public address last, marked by having no distance", async () => {
    const r = await search({ ...ORIGIN, sort: "entfernung" });
    expect(names(r)).toEqual(["Laterne Familiencafé", "Laterne Beratung", expect.any(String), expect.any(String)]);
    expect(names(r).slice(2).sort()).toEqual(["Frauenhaus Laterne", "Laterne Telefon"]);
    expect(hit(r, "Laterne Familiencafé").distanceMeters).toBeCloseTo(222, -1);
    expect(hit(r, "Laterne Beratung").distanceMeters).toBeCloseTo(1112, -1);
  });

  it("gives every public hit its distance from a place, sorted by distance or not", async () => {
    const r = await search({ ...ORIGIN });
    expect(hit(r, "Laterne Familiencafé").distanceMeters).toBeCloseTo(222, -1);
    expect(hit(r, "Laterne Beratung").distanceMeters).toBeCloseTo(1112, -1);
    expect((await search({})).hits.every((h) => h.distanceMeters === null)).toBe(true);
  });

  it("never gives a distance (nor an address) to the place of a hidden offer, even standing on it", async () => {
    const searches: Record<string, string>[] = [{ ...ORIGIN, sort: "entfernung" }, { ...ORIGIN }, { ort: "Geheimgasse 13", sort: "entfernung" }];
    for (const raw of searches) {
      const r = await search(raw);
      const protectedHit = hit(r, "Frauenhaus Laterne");
      expect(protectedHit).toMatchObject({ distanceMeters: null, address: null });
      expect(JSON.stringify(r)).not.toContain("Geheimgasse");
    }
    // A radius lists only offers with a public place.
    expect(names(await search({ ...ORIGIN, umkreis: "5" })).sort()).toEqual(["Laterne Beratung", "Laterne Familiencafé"]);
  });
});

describe("open now on the cards", () => {
  it("says open for hours around the clock, nothing without hours, and only the public hours of a hidden offer", async () => {
    const now = new Date();
    const r = await search({});
    expect(hit(r, "Laterne Familiencafé").opening).toEqual({ kind: "open" });
    expect(hit(r, "Laterne Beratung").opening).toBeNull();
    // The shelter's place is open around the clock, but only its phone hours (Tuesday 10-11) are public.
    expect(hit(r, "Frauenhaus Laterne").opening).toEqual(openingStatus([{ weekday: "TU", opensAt: "10:00", closesAt: "11:00" }], now));
  });
});

describe("protection offers", () => {
  it("are marked on the hits, and a result holding one says so", async () => {
    const r = await search({});
    expect(r.holdsProtectionOffer).toBe(true);
    expect(hit(r, "Frauenhaus Laterne").protection).toBe(true);
    expect(hit(r, "Laterne Telefon").protection).toBe(false);
    expect((await search({ q: "Familiencafé" })).holdsProtectionOffer).toBe(false);
    expect((await search({ q: "Frauenhaus" })).holdsProtectionOffer).toBe(true);
  });

  it("can be set and unset by reviewers, and neither set nor unset by providers", async () => {
    const unprotected = await publishTestOffer(db, offerData({ name: "Beratung ohne Schutzbedarf" }));
    for (const [id, sent] of [[shelter.id, null], [unprotected, "on"]] as const) {
      const saved = await submitOfferForm(provider, id, await offerForm(provider, id, { protectionOffer: sent }));
      if (!saved.ok || !saved.revisionId) throw new Error(`not saved: ${JSON.stringify(saved)}`);
      await approveRevision(reviewer, saved.revisionId);
    }
    expect((await readOfferData(db, shelter.id))!.protectionOffer).toBe(true);
    expect((await readOfferData(db, unprotected))!.protectionOffer).toBe(false);

    await submitOfferForm(reviewer, unprotected, await offerForm(reviewer, unprotected, { protectionOffer: "on" }), { publish: true });
    expect((await readOfferData(db, unprotected))!.protectionOffer).toBe(true);
    await submitOfferForm(reviewer, unprotected, await offerForm(reviewer, unprotected, { protectionOffer: null }), { publish: true });
    expect((await readOfferData(db, unprotected))!.protectionOffer).toBe(false);
  });
});
