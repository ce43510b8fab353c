import { readFileSync } from "node:fs";
import path from "node:path";
import distance from "@turf/distance";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as servicesGET } from "../../app/api/hsds/services/route";
import { GET as serviceGET } from "../../app/api/hsds/services/[id]/route";
import { GET as salsGET } from "../../app/api/hsds/service_at_locations/route";
import { GET as salGET } from "../../app/api/hsds/service_at_locations/[id]/route";
import { MEASURE, seedDatabase } from "../../prisma/seed/index";
import { offersIndex } from "../../search/client";
import { reindex } from "../../search/reindex";
import { residentSearchOptions } from "../../search/resident-search-options";
import { exportHsds } from "../../server/hsds/export";
import { serviceAtLocationId } from "../../server/hsds/ids";
import { MEASURE_TAXONOMY, PROPERTY_TAXONOMY, catalogueTerm } from "../../server/hsds/taxonomies";
import { setupTestDatabase } from "../setup/database";
import { hsdsSchemaErrors } from "../setup/hsds-schemas";

// The HSDS API's services and service_at_locations on the Eisenach seed, through the route
// handlers. Expectations come from the database rows evaluated here in plain code, not from the
// API's own query builders.

const { db } = setupTestDatabase();

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Item[] };
type Item = Record<string, unknown> & { id: string };

/** Every 200 body seen, for the hidden-address check at the end. */
const bodies: string[] = [];

const routes = {
  services: (r: Request) => servicesGET(r, undefined),
  service: (r: Request, id: string) => serviceGET(r, { params: Promise.resolve({ id }) }),
  sals: (r: Request) => salsGET(r, undefined),
  sal: (r: Request, id: string) => salGET(r, { params: Promise.resolve({ id }) }),
};

async function call(kind: keyof typeof routes, query: Record<string, string> = {}, id = "") {
  const url = new URL(`http://localhost/api/hsds/${kind}${id ? `/${id}` : ""}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const response = await routes[kind](new Request(url), id);
  const text = await response.text();
  if (response.status === 200) bodies.push(text);
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

function expectValid(kind: "service" | "service_at_location", item: Item) {
  expect(hsdsSchemaErrors(kind, item), `${kind} ${item.id}`).toEqual([]);
  if (kind === "service_at_location") {
    expect(hsdsSchemaErrors("service", item.service)).toEqual([]);
    expect(hsdsSchemaErrors("location", item.location)).toEqual([]);
  }
}

/** All pages of a list, checking each page object and validating each item. */
async function walk(kind: "services" | "sals", query: Record<string, string> = {}, perPage = 9) {
  const ids: string[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const { status, body } = await call(kind, { ...query, per_page: String(perPage), page: String(page) });
    expect(status, JSON.stringify(body)).toBe(200);
    const p = body as unknown as Page;
    if (total < 0) total = p.total_items;
    expect(p.total_items).toBe(total);
    expect(p.total_pages).toBe(Math.ceil(total / perPage));
    expect(p.page_number).toBe(page);
    expect(p.first_page).toBe(page === 1);
    expect(p.size).toBe(p.contents.length);
    for (const item of p.contents) expectValid(kind === "services" ? "service" : "service_at_location", item);
    ids.push(...p.contents.map((c) => c.id));
    if (p.last_page) {
      expect(page).toBe(Math.max(p.total_pages, 1));
      break;
    }
    expect(p.size).toBe(perPage);
  }
  expect(ids).toHaveLength(total);
  return ids;
}

type Row = Awaited<ReturnType<typeof loadPublic>>[number];

function loadPublic() {
  return db.service.findMany({
    where: { version: { gt: 0 }, status: "active" },
    include: {
      terms: true,
      measures: true,
      serviceAreas: { include: { planningArea: true } },
      locations: { include: { location: { include: { planningArea: true } } } },
    },
  });
}

let rows: Row[];
let frauenhaus: Row;
const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
const isPublicPlace = (r: Row) => r.addressVisibility === "PUBLIC";

/** The term ids a service's HSDS attributes carry (its places' Planungsraum only where the place is public). */
const termIdsOf = (r: Row) => [
  ...r.terms.map((t) => t.termId),
  ...r.measures.map((m) => m.measureId),
  ...r.serviceAreas.map((a) => a.planningArea.termId),
  ...(isPublicPlace(r) ? r.locations.flatMap((l) => l.location.planningArea?.termId ?? []) : []),
];

const expectedIds = (pred: (r: Row) => boolean) => rows.filter(pred).sort(byName).map((r) => r.id);

const termIdOf = async (taxonomy: string, code: string) =>
  (await db.taxonomyTerm.findFirstOrThrow({ where: { code, taxonomy: { key: taxonomy } } })).id;
const taxonomyIdOf = async (key: string) => (await db.taxonomy.findUniqueOrThrow({ where: { key } })).id;

beforeAll(async () => {
  await seedDatabase(db);
  await reindex();
  rows = await loadPublic();
  frauenhaus = rows.find((r) => r.name === "Frauenhaus Eisenach")!;
}, 180_000);

describe("/api/hsds/services", () => {
  it("lists every public service by name and id, one-to-one fields only, each equal to the export's", async () => {
    const ids = await walk("services");
    expect(ids).toEqual(expectedIds(() => true));
    const exported = new Map((await exportHsds(db)).map((s) => [s.id, s]));
    const { body } = await call("services", { per_page: "200" });
    for (const item of (body as unknown as Page).contents) {
      const full = exported.get(item.id)!;
      const scalars = Object.fromEntries(Object.entries(full).filter(([, v]) => typeof v !== "object"));
      const orgScalars = Object.fromEntries(Object.entries(full.organization!).filter(([, v]) => typeof v !== "object"));
      expect(item).toEqual({ ...scalars, organization: orgScalars });
    }
  });

  it("gives the full service with full=true and at /services/{id}, equal to the export (no planner-only facts)", async () => {
    const exported = new Map((await exportHsds(db)).map((s) => [s.id, s]));
    const { body } = await call("services", { full: "true", per_page: "20", page: "2" });
    const page = body as unknown as Page;
    expect(page.contents).toHaveLength(20);
    for (const item of page.contents) expect(item).toEqual(JSON.parse(JSON.stringify(exported.get(item.id))));
    const one = await call("service", {}, page.contents[0].id);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(page.contents[0]);
    expectValid("service", one.body as Item);
    expect(JSON.stringify(page)).not.toContain("angebotskatalog-planung");
  });

  it("gives only id and last_modified with minimal=true", async () => {
    const { body } = await call("services", { minimal: "true", per_page: "200" });
    const published = new Map(rows.map((r) => [r.id, r.publishedAt!.toISOString()]));
    for (const item of (body as unknown as Page).contents) expect(item).toEqual({ id: item.id, last_modified: published.get(item.id) });
  });

  it("filters as the database says, each filter alone and combined", async () => {
    const hf4 = await termIdOf("handlungsfeld", "4");
    const area = rows.flatMap((r) => r.serviceAreas.map((a) => a.planningArea.termId))[0]!;
    const hinweis = await taxonomyIdOf("hinweis");
    const planungsraum = await taxonomyIdOf("planungsraum");
    const hinweisTerms = new Set((await db.taxonomyTerm.findMany({ where: { taxonomyId: hinweis } })).map((t) => t.id));
    const areaTerms = new Set((await db.taxonomyTerm.findMany({ where: { taxonomyId: planungsraum } })).map((t) => t.id));
    const measureIds = new Set((await db.measure.findMany()).map((m) => m.id));
    const org = rows[0].organizationId;
    const times = rows.map((r) => r.publishedAt!.getTime()).sort((a, b) => a - b);
    const since = new Date(times[Math.floor(times.length / 2)]);
    const has = (r: Row, id: string) => termIdsOf(r).includes(id);
    const hasAny = (r: Row, ids: Set<string>) => termIdsOf(r).some((id) => ids.has(id));

    const cases: [Record<string, string>, (r: Row) => boolean][] = [
      [{ taxonomy_term_id: hf4 }, (r) => has(r, hf4)],
      [{ taxonomy_term_id: area }, (r) => has(r, area)],
      [{ taxonomy_term_id: MEASURE.eeflb }, (r) => has(r, MEASURE.eeflb)],
      [{ taxonomy_id: hinweis }, (r) => hasAny(r, hinweisTerms)],
      [{ taxonomy_id: planungsraum }, (r) => hasAny(r, areaTerms)],
      [{ taxonomy_id: MEASURE_TAXONOMY.id }, (r) => hasAny(r, measureIds)],
      [{ organization_id: org }, (r) => r.organizationId === org],
      [{ modified_after: since.toISOString() }, (r) => r.publishedAt! >= since],
      [
        { taxonomy_term_id: hf4, taxonomy_id: planungsraum, modified_after: since.toISOString() },
        (r) => has(r, hf4) && hasAny(r, areaTerms) && r.publishedAt! >= since,
      ],
    ];
    for (const [query, pred] of cases) {
      const expected = expectedIds(pred);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(query)).toBeLessThan(rows.length);
      expect(await walk("services", query), JSON.stringify(query)).toEqual(expected);
    }
    // A planner-visible Planungsraum of a hidden place does not count (its term is not public).
    const hiddenArea = frauenhaus.locations[0].location.planningArea!.termId;
    expect(await walk("services", { taxonomy_term_id: hiddenArea })).toEqual(expectedIds((r) => has(r, hiddenArea)));
  });

  it("pages: a first, a short last and an empty page beyond the end; a filter without matches is empty", async () => {
    const all = rows.length;
    const last = await call("services", { per_page: "50", page: "2" });
    expect(last.body).toMatchObject({ total_items: all, page_number: 2, size: all - 50, first_page: false, last_page: true });
    const beyond = await call("services", { per_page: "50", page: "3" });
    expect(beyond.body).toMatchObject({ total_items: all, size: 0, contents: [], last_page: true });
    const none = await call("services", { organization_id: "00000000-0000-4000-8000-000000000000" });
    expect(none.body).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
  });

  it("searches with the resident search's relevance, synonyms and typo tolerance, within the filters", async () => {
    const namesOf = async (query: Record<string, string>) => {
      const ids = await walk("services", query, 10);
      return ids.map((id) => rows.find((r) => r.id === id)!.name);
    };
    expect(await namesOf({ search: "schuldnerberatng" })).toContain("Schuldnerberatung Eisenach-Nord");
    expect(await namesOf({ search: "Rentner" })).toContain("Seniorenbüro Eisenach-Nord");
    expect(await namesOf({ search: "ältere Menschen" })).toContain("Seniorenbüro Eisenach-Nord");

    // The same order as the index's own answer, restricted to what the database says the filters keep.
    const hf4 = await termIdOf("handlungsfeld", "4");
    const since = new Date(Math.min(...rows.map((r) => r.publishedAt!.getTime())) + 1);
    const measureIds = new Set((await db.measure.findMany()).map((m) => m.id));
    const plain = await offersIndex().search("Beratung", { ...residentSearchOptions, hitsPerPage: 1000, attributesToRetrieve: ["id"] });
    for (const [query, pred] of [
      [{ taxonomy_term_id: hf4 }, (r: Row) => termIdsOf(r).includes(hf4)],
      [{ taxonomy_id: MEASURE_TAXONOMY.id }, (r: Row) => termIdsOf(r).some((id) => measureIds.has(id))],
      [{ organization_id: rows[5].organizationId, modified_after: since.toISOString() }, (r: Row) => r.organizationId === rows[5].organizationId && r.publishedAt! >= since],
    ] as const) {
      const keep = new Set(expectedIds(pred));
      const expected = plain.hits.map((h) => h.id).filter((id) => keep.has(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(await walk("services", { search: "Beratung", ...query }, 4)).toEqual(expected);
    }
  });

  it("answers 400 naming the parameter, and 404 for ids it does not serve", async () => {
    const property = catalogueTerm(PROPERTY_TAXONOMY, "channel", "").id;
    const bad: [Record<string, string>, string][] = [
      [{ per_page: "0" }, "per_page"],
      [{ perpage: "5" }, "perpage"],
      [{ taxonomy_term_id: "abc" }, "taxonomy_term_id"],
      [{ taxonomy_term_id: property }, "taxonomy_term_id"],
      [{ taxonomy_id: PROPERTY_TAXONOMY.id }, "taxonomy_id"],
      [{ modified_after: "gestern" }, "modified_after"],
      [{ minimal: "true", full: "true" }, "minimal"],
      [{ format: "ndjson" }, "format"],
    ];
    for (const [query, parameter] of bad) {
      const { status, body } = await call("services", query);
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body.parameter).toBe(parameter);
    }
    expect((await call("service", {}, "not-a-uuid")).body).toMatchObject({ parameter: "id" });
    expect((await call("service", {}, "not-a-uuid")).status).toBe(400);
    const unpublished = await db.service.findFirstOrThrow({ where: { status: { not: "active" } } });
    for (const id of [crypto.randomUUID(), unpublished.id]) expect((await call("service", {}, id)).status).toBe(404);
  });
});

describe("/api/hsds/service_at_locations", () => {
  const publicPlaces = () =>
    rows
      .filter(isPublicPlace)
      .sort(byName)
      .flatMap((r) => r.locations.map((l) => ({ row: r, location: l.location })).sort((a, b) => (a.location.id < b.location.id ? -1 : 1)));
  const salIdOf = (p: { row: Row; location: { id: string } }) => serviceAtLocationId(p.row.id, p.location.id);

  it("lists the public places of public services, with the ids the services carry", async () => {
    const ids = await walk("sals");
    expect(ids).toEqual(publicPlaces().map(salIdOf));
    const { body } = await call("sals", { per_page: "5" });
    const item = (body as unknown as Page).contents[0];
    expect(Object.keys(item).sort()).toEqual(["id", "location", "location_id", "service", "service_id"]);
    const service = await call("service", {}, item.service_id as string);
    expect((service.body.service_at_locations as Item[]).map((s) => s.id)).toContain(item.id);
  });

  it("filters by postcode, by proximity around the postcode's centre, and by the service filters", async () => {
    const places = publicPlaces();
    const postcode = places.find((p) => p.location.postalCode && p.location.latitude !== null)!.location.postalCode!;
    expect(await walk("sals", { postcode })).toEqual(places.filter((p) => p.location.postalCode === postcode).map(salIdOf));

    const placed = places.filter((p) => p.location.postalCode === postcode && p.location.latitude !== null);
    const uniq = [...new Map(placed.map((p) => [p.location.id, p.location])).values()];
    const centre = [uniq.reduce((s, l) => s + l.longitude!, 0) / uniq.length, uniq.reduce((s, l) => s + l.latitude!, 0) / uniq.length];
    const near = (p: (typeof places)[number]) =>
      p.location.latitude !== null && distance(centre, [p.location.longitude!, p.location.latitude], { units: "meters" }) <= 800;
    const expected = places.filter(near).map(salIdOf);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(places.length);
    expect(await walk("sals", { postcode, proximity: "800" })).toEqual(expected);

    const hf4 = await termIdOf("handlungsfeld", "4");
    const combined = places.filter((p) => near(p) && termIdsOf(p.row).includes(hf4)).map(salIdOf);
    expect(await walk("sals", { postcode, proximity: "800", taxonomy_term_id: hf4 }, 3)).toEqual(combined);
    const search = await walk("sals", { search: "Beratung", postcode }, 3);
    expect(search.length).toBeGreaterThan(0);
    expect(new Set(search)).toEqual(
      new Set(places.filter((p) => p.location.postalCode === postcode && search.includes(salIdOf(p))).map(salIdOf)),
    );

    expect((await call("sals", { postcode: "12345", proximity: "1000" })).body).toMatchObject({ parameter: "postcode" });
    expect((await call("sals", { proximity: "1000" })).body).toMatchObject({ parameter: "proximity" });
    expect((await call("sals", { postcode: "998" })).body).toMatchObject({ parameter: "postcode" });
  });

  it("nests fully with full=true and at /{id}: schedules, location with address, the service", async () => {
    const { body } = await call("sals", { full: "true", per_page: "3" });
    const item = (body as unknown as Page).contents[0];
    expect(item).toMatchObject({ schedules: expect.any(Array), location: { addresses: expect.any(Array) }, service: { id: item.service_id } });
    const one = await call("sal", {}, item.id);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(item);
    expectValid("service_at_location", one.body as Item);
    expect((await call("sal", {}, "xyz")).status).toBe(400);
    expect((await call("sal", {}, crypto.randomUUID())).status).toBe(404);
  });

  it("has nothing of a hidden address: no place, none of its strings in any answer", async () => {
    const hiddenPlace = frauenhaus.locations[0].location;
    expect((await call("sal", {}, serviceAtLocationId(frauenhaus.id, hiddenPlace.id))).status).toBe(404);
    const service = await call("service", {}, frauenhaus.id);
    expect(service.status).toBe(200);
    expect(service.body.service_at_locations ?? []).toEqual([]);
    expect(await walk("sals", { organization_id: frauenhaus.organizationId })).not.toContain(serviceAtLocationId(frauenhaus.id, hiddenPlace.id));
    await walk("services", { full: "true" }, 50);
    await walk("sals", { full: "true" }, 50);
    const secrets = [hiddenPlace.id, hiddenPlace.street, String(hiddenPlace.latitude), String(hiddenPlace.longitude)].filter(
      (s): s is string => !!s && s !== "null",
    );
    expect(secrets.length).toBeGreaterThan(2);
    for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it("stored place ids equal the derived ids after the migration rewrites old random ones", async () => {
    await db.$executeRaw`update "ServiceAtLocation" set id = gen_random_uuid()`;
    const sql = readFileSync(
      path.resolve(import.meta.dirname, "../../prisma/migrations/20261205150000_service_at_location_stable_ids/migration.sql"),
      "utf8",
    );
    for (const statement of sql.replace(/--.*$/gm, "").split(";").filter((s) => s.trim())) await db.$executeRawUnsafe(statement);
    const stored = await db.serviceAtLocation.findMany();
    expect(stored.length).toBeGreaterThan(0);
    for (const s of stored) expect(s.id).toBe(serviceAtLocationId(s.serviceId, s.locationId));
  });
});
