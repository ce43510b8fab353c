import { randomUUID } from "node:crypto";
import { pointAtMeiliServers } from "../setup/meili-override";
import { beforeAll, describe, expect, it } from "vitest";
import { offersIndex } from "../../search/client";
import { toOfferDocument } from "../../search/document";
import { currentSlot } from "../../search/filters";
import { parseSearchParams } from "../../search/params";
import { searchOffers, type SearchResult } from "../../search/query";
import { reindex } from "../../search/reindex";
import { exportHsds } from "../../server/hsds/export";
import { listNetworkOffers } from "../../server/network/queries";
import { getPublicOffer } from "../../server/offers/queries";
import { weekdays } from "../../server/offers/schema";
import { offerInclude } from "../../server/offers/store";
import { setupTestDatabase } from "../setup/database";
import { AREA_CODE, createReferenceData, createUser, offerData, publishTestOffer } from "../setup/fixtures";

// A women's shelter's place and everything bound to it (its hours, accessibility, Planungsraum)
// never reaches a public output: index, offer page, database search, HSDS export, Fachinfo. Each
// output is checked for the same offer, whose hidden place is open around the clock (so "open
// now" and every weekday would match it through those hours) while its own phone hours are
// Tuesday 10-11 only.

const { db } = setupTestDatabase();

const allDay = weekdays.map((weekday) => ({ weekday, opensAt: "00:00", closesAt: "23:59", description: "Nachtdienst im Schutzhaus" }));
const shelterLocationId = randomUUID();
const shelter = offerData({
  name: "Frauenhaus Sonnabend",
  addressVisibility: "HIDDEN",
  schedules: [{ weekday: "TU", opensAt: "10:00", closesAt: "11:00", description: "Telefonsprechzeit" }],
  locations: [
    {
      id: shelterLocationId,
      name: "Schutzhaus Hinterhof",
      street: "Geheimgasse 13",
      postalCode: "99819",
      city: "Eisenach",
      latitude: 50.9811,
      longitude: 10.3377,
      planningAreaCode: AREA_CODE,
      stepFree: true,
      accessibilityNote: "Klingel am Hintereingang",
      schedules: [...allDay, { weekday: "SA", opensAt: "06:45", closesAt: "07:15", description: "Übergabe" }],
    },
  ],
});
/** A public offer with the same hours at its place: the filters do match hours at a public place. */
const cafe = offerData({
  name: "Familiencafé Sonnabend",
  locations: [{ id: randomUUID(), street: "Markt 1", postalCode: "99817", city: "Eisenach", planningAreaCode: AREA_CODE, schedules: allDay }],
});
const SECRETS = ["Geheimgasse", "99819", "50.9811", "10.3377", "Hinterhof", "Hintereingang", "Nachtdienst", "Übergabe", "06:45", shelterLocationId];

const expectNoSecrets = (value: unknown) => {
  const raw = JSON.stringify(value);
  for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
};

const search = (raw: Record<string, string>) => searchOffers(parseSearchParams({ q: "Sonnabend", ...raw }), "de");
const names = (r: SearchResult) => r.hits.map((h) => h.name.map((s) => s.text).join("")).sort();

beforeAll(async () => {
  await createReferenceData(db);
  await publishTestOffer(db, shelter);
  await publishTestOffer(db, cafe);
  await reindex();
});

describe("an offer with a hidden address", () => {
  it("is indexed without its place and without the hours at that place", async () => {
    const stored = await db.service.findUniqueOrThrow({ where: { id: shelter.id }, include: offerInclude });
    const doc = toOfferDocument(stored)!;
    const indexed = await offersIndex().getDocument(shelter.id);
    for (const d of [doc, indexed]) {
      expectNoSecrets(d);
      expect(d).toMatchObject({ openDays: ["TU"], openSlots: ["TU10"], planungsraum: [], stepFree: false, hasPublicAddress: false, street: null });
    }
  });

  it("is not found by weekday or 'open now' through the hours at its hidden place", async () => {
    expect(names(await search({}))).toEqual(["Familiencafé Sonnabend", "Frauenhaus Sonnabend"]);
    expect(names(await search({ tag: "SA" }))).toEqual(["Familiencafé Sonnabend"]);
    // Its own phone hours stay public and searchable.
    expect(names(await search({ tag: "TU" }))).toEqual(["Familiencafé Sonnabend", "Frauenhaus Sonnabend"]);
    const now = names(await search({ jetzt: "1" }));
    expect(now.includes("Frauenhaus Sonnabend")).toBe(currentSlot() === "TU10");
    expect(now).toContain("Familiencafé Sonnabend");
  });

  it("shows no place and no hours at it on the offer page, only its phone hours", async () => {
    const offer = await getPublicOffer(shelter.id);
    expectNoSecrets(offer);
    expect(offer!.locations).toEqual([]);
    expect(offer!.schedules).toEqual([{ weekday: "TU", opensAt: "10:00", closesAt: "11:00", description: "Telefonsprechzeit" }]);
  });

  it("shows no place in the database search when Meilisearch is down, nor matches its Planungsraum", async () => {
    const restore = pointAtMeiliServers([{ host: "http://127.0.0.1:9" }]); // nothing listens there
    try {
      const r = await search({});
      expect(r.mode).toBe("fallback");
      expect(names(r)).toEqual(["Familiencafé Sonnabend", "Frauenhaus Sonnabend"]);
      expectNoSecrets(r);
      expect(r.hits.find((h) => h.id === shelter.id)?.address).toBeNull();
      expect(names(await search({ planungsraum: AREA_CODE }))).toEqual(["Familiencafé Sonnabend"]);
    } finally {
      restore();
    }
  });

  it("is exported to HSDS without its place and the hours there, with or without internal data", async () => {
    for (const includeInternal of [false, true]) {
      const svc = (await exportHsds(db, { includeInternal })).find((s) => s.id === shelter.id)!;
      expectNoSecrets(svc);
      expect(svc.service_at_locations).toEqual([]);
      expect(svc.schedules?.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual([["TU", "10:00", "11:00"]]);
    }
  });

  it("shows network partners no place at /fachinfo", async () => {
    const partner = await createUser(db, { role: "NETWORK_PARTNER" });
    const { offers } = await listNetworkOffers(partner, { name: "Sonnabend" });
    expectNoSecrets(offers);
    expect(offers.find((o) => o.id === shelter.id)?.addresses).toEqual([]);
    expect(offers.find((o) => o.id === cafe.id)?.addresses).toEqual(["Markt 1, 99817 Eisenach"]);
  });
});
