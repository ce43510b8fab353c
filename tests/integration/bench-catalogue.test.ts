import { beforeAll, describe, expect, it } from "vitest";
import { generateCatalogue, HIDDEN_SHARE, REMOTE_SHARE, wordsOf } from "../../scripts/bench/generate";
import type { GeneratedCatalogue } from "../../scripts/bench/types";
import { POPULATION_YEAR, writeCatalogue } from "../../scripts/bench/write";
import { offerDataSchema } from "../../server/offers/schema";
import { setupTestDatabase } from "../setup/database";

// The bench's generated catalogue (issue 14): valid offers, the same for the same seed, spread by
// population, with protection offers (hidden address) and offers without a place; and the writer
// puts it into an empty database as published, searchable offers.

const { db } = setupTestDatabase();
const N = 2000;
let catalogue: GeneratedCatalogue;

beforeAll(() => {
  catalogue = generateCatalogue(N);
});

describe("generateCatalogue", () => {
  it("makes offers the product's schema accepts", () => {
    expect(catalogue.offers).toHaveLength(N);
    for (const o of catalogue.offers) expect(() => offerDataSchema.parse(o.data)).not.toThrow();
  });

  it("is deterministic per seed and differs between seeds", () => {
    expect(generateCatalogue(N)).toEqual(catalogue);
    expect(generateCatalogue(50, 2).offers.map((o) => o.data.name)).not.toEqual(catalogue.offers.slice(0, 50).map((o) => o.data.name));
  });

  it("spreads offers in proportion to population (Erfurt's share within 3 points)", () => {
    const total = catalogue.municipalities.reduce((s, m) => s + m.population, 0);
    const erfurt = catalogue.municipalities.find((m) => m.key === "erfurt")!;
    const share = catalogue.offers.filter((o) => o.municipality === "erfurt").length / N;
    expect(Math.abs(share - erfurt.population / total)).toBeLessThan(0.03);
    // The smallest towns get few or none; the state capital the most.
    const counts = new Map<string, number>();
    for (const o of catalogue.offers) counts.set(o.municipality, (counts.get(o.municipality) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(counts.get("erfurt"));
  });

  it("has protection offers with a hidden address and phone/online offers without a place", () => {
    const hidden = catalogue.offers.filter((o) => o.data.addressVisibility === "HIDDEN");
    const remote = catalogue.offers.filter((o) => o.data.addressVisibility === "NONE");
    expect(hidden.length / N).toBeGreaterThan(HIDDEN_SHARE / 2);
    expect(hidden.length / N).toBeLessThan(HIDDEN_SHARE * 2);
    expect(remote.length / N).toBeGreaterThan(REMOTE_SHARE * 0.7);
    expect(remote.length / N).toBeLessThan(REMOTE_SHARE * 1.3);
    for (const o of hidden) {
      expect(o.data.protectionOffer).toBe(true);
      expect(o.data.locations).toHaveLength(1);
    }
    for (const o of remote) {
      expect(o.data.locations).toEqual([]);
      expect(["CITY", "REGION"]).toContain(o.data.serviceAreaScope);
    }
  });

  it("places each location in its municipality and its Planungsraum", () => {
    const byKey = new Map(catalogue.municipalities.map((m) => [m.key, m]));
    for (const o of catalogue.offers) {
      const m = byKey.get(o.municipality)!;
      for (const l of o.data.locations ?? []) {
        expect(l.planningAreaCode).toBe(m.key);
        expect(Math.abs(l.latitude! - m.lat)).toBeLessThan(0.05);
        expect(Math.abs(l.longitude! - m.lon)).toBeLessThan(0.07);
      }
    }
  });

  it("fills words and compounds exactly from name and description", () => {
    for (const o of catalogue.offers) {
      expect(o.words).toEqual(wordsOf(`${o.data.name} ${o.data.description}`));
      for (const c of o.compounds) expect(o.words).toContain(c.word);
      expect(o.compounds.length).toBeGreaterThan(0);
    }
    expect(new Set(catalogue.offers.map((o) => o.data.name)).size).toBeGreaterThan(N / 4);
  });
});

describe("writeCatalogue", () => {
  it("writes the municipalities as Planungsräume with their population and every offer as published version 1", async () => {
    const small = generateCatalogue(300, 3);
    const result = await writeCatalogue(db, small, { batchSize: 100 });
    expect(result).toMatchObject({ municipalities: small.municipalities.length, offers: 300, organizations: small.organizations.length });
    expect(await db.planningArea.count()).toBe(small.municipalities.length);
    const erfurt = await db.populationFigure.findFirstOrThrow({ where: { planningArea: { code: "erfurt" }, year: POPULATION_YEAR } });
    expect(erfurt.count).toBe(213_981);
    expect(await db.service.count({ where: { version: 1, publishedAt: { not: null } } })).toBe(300);
    expect(await db.outboxEvent.count()).toBe(300);
    expect(await db.serviceVersion.count()).toBe(300);
  });
});
