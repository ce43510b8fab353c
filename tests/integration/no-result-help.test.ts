// Help when nothing is found (issue 13): need words find offers, and a filtered search without
// hits offers the same search without the filter that removes most hits, with the right count.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { parseSearchParams, toQuery } from "../../search/params";
import { searchOffers } from "../../search/query";
import { chosenFilters, withoutFilter } from "../../search/relax";
import { reindex } from "../../search/reindex";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
}, 120_000);

const search = (raw: Record<string, string | string[]>) => searchOffers(parseSearchParams(raw), "de");

/** The count of the same search without `unit`, through the ordinary search path. */
async function countWithout(raw: Record<string, string | string[]>, unit: Parameters<typeof withoutFilter>[0]) {
  const params = parseSearchParams(raw);
  return (await search(toQuery(params, withoutFilter(unit)))).total;
}

describe("no-result help", () => {
  it.each(["Demenz", "Depression", "Ukrainisch"])("finds offers for %s, which found nothing before", async (q) => {
    const r = await search({ q });
    expect(r.total).toBeGreaterThan(0);
    expect(r.relaxed).toBeNull();
  });

  it("offers the search without the filter that removes most hits, with its count", async () => {
    // Debt counselling in Polish for young people: no such offer, several near misses.
    const raw = { q: "Schulden", sprache: "pl", lebensphase: "jugend", kostenlos: "1" };
    const r = await search(raw);
    expect(r.total).toBe(0);
    const units = chosenFilters(parseSearchParams(raw));
    expect(units).toEqual(["lebensphase", "sprache", "kostenlos"]);
    const counts = await Promise.all(units.map(async (u) => ({ u, n: await countWithout(raw, u) })));
    const best = Math.max(...counts.map((c) => c.n));
    expect(best).toBeGreaterThan(0);
    expect(r.relaxed).not.toBeNull();
    expect(r.relaxed!.count).toBe(best);
    expect(counts.find((c) => c.u === r.relaxed!.without)!.n).toBe(best);
  });

  it("offers the search without any filter when no single filter is to blame", async () => {
    const raw = { q: "Schulden", handlungsfeld: "6", lebensphase: "kinder" };
    const r = await search(raw);
    expect(r.total).toBe(0);
    expect(await countWithout(raw, "handlungsfeld")).toBe(0);
    expect(await countWithout(raw, "lebensphase")).toBe(0);
    expect(r.relaxed).toEqual({ without: "alle", count: await countWithout(raw, "alle") });
    expect(r.relaxed!.count).toBeGreaterThan(0);
  });

  it("offers nothing to relax for a text without hits and without filters", async () => {
    const r = await search({ q: "Xylophonreparatur" });
    expect(r.total).toBe(0);
    expect(r.relaxed).toBeNull();
  });
});
