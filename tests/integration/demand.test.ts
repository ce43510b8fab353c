import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { ForbiddenError } from "../../server/authz";
import { getDemandSignal, getSearchFilters, getSearchMonths, getSearchTerms } from "../../server/demand/queries";
import { demandFilterSchema } from "../../server/demand/schema";
import { logThinSearch } from "../../server/search-log";
import { parseSearchParams } from "../../search/params";
import { searchOffers } from "../../search/query";
import { reindex } from "../../search/reindex";
import { createUser } from "../setup/fixtures";
import { setupTestDatabase } from "../setup/database";

const { db } = setupTestDatabase();

const all = demandFilterSchema.parse({});
const log = (query: string, resultCount: number, filters: Record<string, unknown> = {}) => logThinSearch({ query, filters, locale: "de", resultCount });
const search = (raw: Record<string, string | string[]>) => searchOffers(parseSearchParams(raw), "de");
/** The first instant of the month `monthsAgo` months before this one, in Berlin (mid-month, so no edge). */
const midMonth = (monthsAgo: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 15, 12));
};
const thisMonth = midMonth(0).toISOString().slice(0, 7);

let planner: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
  planner = await createUser(db, { role: "REVIEWER" });
}, 120_000);

describe("thin-search log", () => {
  it("logs a resident's first page with 0, 1 or 2 results (count kept), not 3 or more, and not a later page", async () => {
    await db.noResultSearch.deleteMany();
    const totals: Record<string, number> = {};
    for (const q of ["Quarkstrudelverleih", "Tafel", "Hebamme", "Schuldnerberatung", "Beratung"]) totals[q] = (await search({ q })).total;
    expect(totals).toMatchObject({ Quarkstrudelverleih: 0, Tafel: 1, Hebamme: 2, Schuldnerberatung: 3 });
    expect(totals.Beratung).toBeGreaterThan(3);
    await search({ q: "Quarkstrudelverleih", page: "2" });
    await search({ q: "Tafel", page: "2" });
    await log("Fünf Treffer", 5); // the log itself refuses a search that is not thin
    const logged = await db.noResultSearch.findMany({ orderBy: { resultCount: "asc" }, select: { query: true, resultCount: true, filters: true } });
    expect(logged.map(({ filters: _f, ...l }) => l)).toEqual([
      { query: "Quarkstrudelverleih", resultCount: 0 },
      { query: "Tafel", resultCount: 1 },
      { query: "Hebamme", resultCount: 2 },
    ]);
  });

  it("keeps filters but no location of the resident", async () => {
    await db.noResultSearch.deleteMany();
    await search({ q: "Quarkstrudelverleih", kostenlos: "1", lat: "50.97", lon: "10.32", ort: "Markt" });
    const [entry] = await db.noResultSearch.findMany();
    expect(entry.filters).toMatchObject({ kostenlos: "1" });
    expect(JSON.stringify(entry.filters)).not.toMatch(/50\.97|10\.32|Markt/);
  });

  it("still prunes entries older than the retention period on write", async () => {
    await db.noResultSearch.create({ data: { query: "uralt", createdAt: new Date("2020-01-01") } });
    await log("neu", 0);
    expect(await db.noResultSearch.count({ where: { query: "uralt" } })).toBe(0);
  });
});

describe("demand signal", () => {
  beforeAll(async () => {
    await db.noResultSearch.deleteMany();
    await db.noResultSearch.createMany({
      data: [
        { query: "  Schwimmkurs ", resultCount: 0, filters: { handlungsfeld: ["4"], kostenlos: "1", sort: "relevanz" } },
        { query: "schwimmkurs", resultCount: 0, filters: { handlungsfeld: ["4", "6"], sort: "relevanz" } },
        { query: "SCHWIMMKURS", resultCount: 2, filters: { sort: "name" }, createdAt: midMonth(2) },
        { query: "Tanzcafé", resultCount: 1, filters: { sprache: ["uk"] } },
        { query: "", resultCount: 0, filters: { sprache: ["uk"], kostenlos: "1" } },
        { query: "Reitstall", resultCount: 0, createdAt: midMonth(4) },
      ],
    });
  });

  it("counts normalised terms with their share without results and last seen", async () => {
    const terms = await getSearchTerms(planner, all);
    expect(terms.map(({ lastSeen: _l, ...t }) => t)).toEqual([
      { term: "schwimmkurs", searches: 3, noResults: 2 },
      { term: "reitstall", searches: 1, noResults: 1 },
      { term: "tanzcafé", searches: 1, noResults: 0 },
    ]);
    expect(terms[0].lastSeen).toBeInstanceOf(Date);
    expect(Date.now() - terms[0].lastSeen.getTime()).toBeLessThan(60_000);
  });

  it("counts each facet:value of the filters (not the sort order), with taxonomy names", async () => {
    const filters = await getSearchFilters(planner, all);
    const byKey = Object.fromEntries(filters.map((f) => [`${f.facet}:${f.value}`, f]));
    expect(Object.keys(byKey).sort()).toEqual(["handlungsfeld:4", "handlungsfeld:6", "kostenlos:1", "sprache:uk"]);
    expect(byKey["handlungsfeld:4"]).toMatchObject({ searches: 2, noResults: 2 });
    expect(byKey["handlungsfeld:4"].label).toBeTruthy();
    expect(byKey["sprache:uk"]).toMatchObject({ searches: 2, noResults: 1, label: null });
    expect(byKey["kostenlos:1"]).toMatchObject({ searches: 2, noResults: 2 });
  });

  it("counts searches by month, split into none and few results, and narrows by months and results", async () => {
    const months = await getSearchMonths(planner, all);
    expect(months).toEqual([
      { month: thisMonth, noResults: 3, fewResults: 1 },
      { month: midMonth(2).toISOString().slice(0, 7), noResults: 0, fewResults: 1 },
      { month: midMonth(4).toISOString().slice(0, 7), noResults: 1, fewResults: 0 },
    ]);
    const recent = await getSearchMonths(planner, demandFilterSchema.parse({ monate: "3" }));
    expect(recent.map((m) => m.month)).toEqual([thisMonth, midMonth(2).toISOString().slice(0, 7)]);
    const few = await getSearchTerms(planner, demandFilterSchema.parse({ ergebnisse: "wenige" }));
    expect(few.map((t) => [t.term, t.searches])).toEqual([["schwimmkurs", 1], ["tanzcafé", 1]]);
    const none = await getSearchTerms(planner, demandFilterSchema.parse({ ergebnisse: "0", monate: "3" }));
    expect(none.map((t) => [t.term, t.searches])).toEqual([["schwimmkurs", 2]]);
  });

  it("falls back to the defaults on unknown filter values", () => {
    expect(demandFilterSchema.parse({ ergebnisse: "'; DROP TABLE x", monate: ["99"] })).toEqual({ ergebnisse: "alle", monate: "12" });
  });

  it("refuses providers, network partners and anonymous callers", async () => {
    const org = await db.organization.findFirstOrThrow({ select: { id: true } });
    const provider = await createUser(db, { role: "PROVIDER", organizationIds: [org.id] });
    const partner = await createUser(db, { role: "NETWORK_PARTNER" });
    for (const actor of [provider, partner, null]) {
      await expect(getDemandSignal(actor, all)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const admin = await createUser(db, { role: "ADMIN" });
    expect((await getDemandSignal(admin, all)).retentionDays).toBe(180);
  });
});
