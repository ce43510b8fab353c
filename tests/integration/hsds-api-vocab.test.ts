import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as infoGET, OPTIONS as infoOPTIONS } from "../../app/api/hsds/route";
import { GET as openapiGET } from "../../app/api/hsds/openapi.json/route";
import { GET as orgGET } from "../../app/api/hsds/organizations/[id]/route";
import { GET as orgsGET } from "../../app/api/hsds/organizations/route";
import { GET as schemaGET } from "../../app/api/hsds/schema/[...file]/route";
import { GET as taxonomyGET } from "../../app/api/hsds/taxonomies/[id]/route";
import { GET as taxonomiesGET } from "../../app/api/hsds/taxonomies/route";
import { GET as termGET } from "../../app/api/hsds/taxonomy_terms/[id]/route";
import { GET as termsGET } from "../../app/api/hsds/taxonomy_terms/route";
import { schemaFileNames } from "../../server/hsds/api/schema-files";
import { exportHsds } from "../../server/hsds/export";
import { PROPERTY_TERMS } from "../../server/hsds/properties";
import { MEASURE_TAXONOMY, PLANNING_TAXONOMY, PROPERTY_TAXONOMY } from "../../server/hsds/taxonomies";
import { setupTestDatabase } from "../setup/database";
import { ORG_ID, OTHER_ORG_ID, createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { hsdsSchemaErrors } from "../setup/hsds-schemas";

// The vocabulary, organisation, info and OpenAPI endpoints of /api/hsds, called through their
// route handlers against the real database: contents and totals equal the database, paging and
// filters, 400 naming the parameter, 404, schema validity, and nothing planner-only or hidden.

const { db } = setupTestDatabase();
const BASE = "http://localhost:3000/api/hsds"; // NEXTAUTH_URL of the tests (per-file.ts)

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
async function call<P>(handler: Handler<P>, url: string, params = {} as P, headers: Record<string, string> = {}) {
  return handler(new Request(`${BASE}${url}`, { headers }), { params: Promise.resolve(params) });
}
async function body<T = Record<string, unknown>>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  served.push(text);
  return JSON.parse(text) as T;
}
type Page<T = Record<string, unknown>> = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] };
type Named = { id: string; name: string; [k: string]: unknown };

/** Every body served in this file, searched for what must never appear. */
const served: string[] = [];
const SECRETS = ["Geheimgasse", "Interner Vermerk", "kirchlich-intern", "Nur mit Codewort", "Interner Nachweis", "Fördertopf intern", PLANNING_TAXONOMY.id, PLANNING_TAXONOMY.key];

const PAGED_ORGS = ["Träger Alpha", "Träger Beta", "Träger Gamma", "Träger Delta"];
let measureIds: string[];
let childTermId: string;
let parentTermId: string;
let internalTaxonomyId: string;
let pausedOrgId: string;

beforeAll(async () => {
  await createReferenceData(db);
  const lebensphase = await db.taxonomy.findUniqueOrThrow({ where: { key: "lebensphase" }, include: { terms: true } });
  parentTermId = lebensphase.terms[0]!.id;
  childTermId = (await db.taxonomyTerm.create({ data: { taxonomyId: lebensphase.id, code: "hochbetagte", name: "Hochbetagte (80+)", parentId: parentTermId } })).id;
  const hinweis = await db.taxonomy.create({ data: { key: "hinweis", name: "Hinweis" } });
  await db.taxonomyTerm.create({ data: { taxonomyId: hinweis.id, code: "kostenlos", name: "Kostenlos" } });
  // A database taxonomy nobody decided to publish.
  const internal = await db.taxonomy.create({ data: { key: "intern", name: "Interne Kennzeichen" } });
  internalTaxonomyId = internal.id;
  await db.taxonomyTerm.create({ data: { taxonomyId: internal.id, code: "x", name: "Interner Vermerk" } });
  const hf = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: { key: "handlungsfeld" } } });
  const period = await db.planningPeriod.create({ data: { name: "FIP 2025-2026", startsOn: new Date("2025-01-01"), endsOn: new Date("2026-12-31") } });
  const measure = (code: string, title: string, retiredAt: Date | null = null) =>
    db.measure.create({ data: { periodId: period.id, handlungsfeldId: hf.id, code, title, evidence: "Interner Nachweis", funding: "Fördertopf intern", retiredAt } });
  measureIds = [(await measure("M1", "Beratung bündeln")).id, (await measure("M2", "Alte Maßnahme", new Date("2025-06-01"))).id];

  await db.organization.update({ where: { id: ORG_ID }, data: { providerType: "kirchlich-intern", description: "Beratung in der Innenstadt." } });
  await publishTestOffer(db, offerData({ name: "Schuldnerberatung Markt", measureIds: [measureIds[0]!], hinweise: ["kostenlos"], planning: { places: 7, intakeCriteria: "Nur mit Codewort" } }));
  await publishTestOffer(db, offerData({ name: "Frauenhaus", addressVisibility: "HIDDEN", locations: [{ ...offerData().locations![0]!, street: "Geheimgasse 13" }] }));
  await publishTestOffer(db, offerData({ organizationId: OTHER_ORG_ID, name: "Seniorentreff" }));
  for (const name of PAGED_ORGS) {
    const org = await db.organization.create({ data: { name } });
    await publishTestOffer(db, offerData({ organizationId: org.id, name: `Angebot von ${name}` }));
  }
  pausedOrgId = (await db.organization.create({ data: { name: "Träger Ruhend" } })).id;
  await publishTestOffer(db, offerData({ organizationId: pausedOrgId, name: "Pausiert", status: "inactive" }));
  await db.organization.create({ data: { name: "Träger ohne Angebot" } });
});

/** The organisations with a public service, as the database has them, in the API's order. */
const publicOrgs = () =>
  db.organization.findMany({
    where: { services: { some: { version: { gt: 0 }, status: "active" } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });

describe("info and OpenAPI", () => {
  it("GET /api/hsds gives the version and absolute links to the served description", async () => {
    const info = await body(call(infoGET, ""));
    expect(info).toEqual({ version: "3.0", profile: `${BASE}/openapi.json`, openapi_url: `${BASE}/openapi.json` });
    expect(await body(call(infoGET, "?x=1"), 400)).toMatchObject({ parameter: "x" });
  });

  it("serves the OpenAPI document with its info filled in and every $ref resolving on this site", async () => {
    const doc = await body<{ info: Record<string, string>; servers: unknown; paths: Record<string, unknown> }>(call(openapiGET, ""));
    expect(doc.info.title).toBe("Angebotskatalog Eisenach – HSDS 3.0");
    expect(doc.servers).toEqual([{ url: "/api/hsds" }]);
    expect(JSON.stringify(doc)).not.toMatch(/REQUIRED|HERE"|raw\.githubusercontent/);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs.filter((r) => !r.startsWith("#"))) {
      expect(ref.startsWith(`${BASE}/schema/`), ref).toBe(true);
      const res = await call(schemaGET, "", { file: ref.slice(`${BASE}/schema/`.length).split("/") });
      expect(res.status, ref).toBe(200);
    }
    expect(JSON.stringify(doc.paths["/service_at_locations/{id}"])).toContain("compiled/service_at_location.json");
  });

  it("serves each schema file, its relative refs resolving to served files; nothing else", async () => {
    const names = schemaFileNames();
    expect(names).toEqual(expect.arrayContaining(["service.json", "taxonomy_term.json", "compiled/organization.json", "compiled/service_at_location_list.json"]));
    for (const name of names) {
      const res = await call(schemaGET, "", { file: name.split("/") });
      expect(res.headers.get("content-type")).toContain("application/schema+json");
      const text = await res.text();
      for (const [, ref] of text.matchAll(/"\$ref":\s*"([^"]*)"/g)) {
        if (ref!.startsWith("#")) continue;
        const target = new URL(ref!, `${BASE}/schema/${name}`).href;
        expect(target.startsWith(`${BASE}/schema/`), `${name}: ${ref}`).toBe(true);
        expect(names, `${name}: ${ref}`).toContain(target.slice(`${BASE}/schema/`.length));
      }
    }
    for (const file of [["..", "..", "package.json"], ["openapi.json"], ["compiled", "nope.json"]]) {
      expect((await call(schemaGET, "", { file })).status, file.join("/")).toBe(404);
    }
  });
});

describe("organizations", () => {
  it("lists exactly the organisations with a public service, by name, with the reference's page object", async () => {
    const expected = await publicOrgs();
    expect(expected.map((o) => o.name)).not.toContain("Träger Ruhend");
    const page = await body<Page<Named>>(call(orgsGET, "?per_page=200"));
    expect(page.total_items).toBe(expected.length);
    expect(page.contents.map((o) => o.id)).toEqual(expected.map((o) => o.id));
    for (const org of page.contents) {
      expect(hsdsSchemaErrors("organization", org)).toEqual([]);
      expect(org).not.toHaveProperty("services");
    }
    const own = page.contents.find((o) => o.id === ORG_ID)!;
    expect(own).toEqual({ id: ORG_ID, name: "Testträger e. V.", description: "Beratung in der Innenstadt." });
  });

  it("pages: first, last and beyond", async () => {
    const expected = await publicOrgs();
    const pages = Math.ceil(expected.length / 2);
    const first = await body<Page<Named>>(call(orgsGET, "?per_page=2"));
    expect(first).toMatchObject({ total_items: expected.length, total_pages: pages, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const ids: string[] = [];
    for (let p = 1; p <= pages; p++) ids.push(...(await body<Page<Named>>(call(orgsGET, `?per_page=2&page=${p}`))).contents.map((o) => o.id));
    expect(ids).toEqual(expected.map((o) => o.id));
    const last = await body<Page>(call(orgsGET, `?per_page=2&page=${pages}`));
    expect(last).toMatchObject({ last_page: true, first_page: false });
    const beyond = await body<Page>(call(orgsGET, `?per_page=2&page=${pages + 1}`));
    expect(beyond).toMatchObject({ size: 0, contents: [], empty: false, last_page: true });
  });

  it("search is a case-insensitive part of the name, as the database finds it", async () => {
    const page = await body<Page<Named>>(call(orgsGET, "?search=TRÄGER%20A"));
    expect(page.contents.map((o) => o.name)).toEqual(["Träger Alpha"]);
    const all = await body<Page<Named>>(call(orgsGET, "?search=träger"));
    const expected = (await publicOrgs()).filter((o) => o.name.toLowerCase().includes("träger"));
    expect(all.total_items).toBe(expected.length);
    expect((await body<Page>(call(orgsGET, "?search=Ruhend"))).empty).toBe(true);
  });

  it("full adds the public services in short, full_service the full HSDS services as exported", async () => {
    const short = await body<Page<Named & { services: Named[] }>>(call(orgsGET, "?full=true&search=Testträger"));
    const services = short.contents[0]!.services;
    expect(services.map((s) => s.name)).toEqual(["Frauenhaus", "Schuldnerberatung Markt"]);
    for (const s of services) expect(hsdsSchemaErrors("service", s)).toEqual([]);

    const full = await body<Named & { services: Named[] }>(call(orgGET, "?full_service=true", { id: ORG_ID }));
    const exported = (await exportHsds(db)).filter((s) => s.organization_id === ORG_ID);
    expect(full.services).toEqual(exported);
    for (const s of full.services) expect(hsdsSchemaErrors("service", s)).toEqual([]);
    const listed = await body<Page<Named & { services: Named[] }>>(call(orgsGET, "?full_service=1&search=Testträger"));
    expect(listed.contents[0]!.services).toEqual(exported);
    expect((await body<Named>(call(orgGET, "", { id: ORG_ID }))).services).toEqual(services);
  });

  it("404 for an organisation without a public service or unknown; 400 naming a bad parameter", async () => {
    expect((await call(orgGET, "", { id: pausedOrgId })).status).toBe(404);
    expect((await call(orgGET, "", { id: randomUUID() })).status).toBe(404);
    expect(await body(call(orgGET, "", { id: "42" }), 400)).toMatchObject({ parameter: "id" });
    for (const [query, parameter] of [["per_page=0", "per_page"], ["page=x", "page"], ["full=maybe", "full"], ["format=ndjson", "format"], ["per-page=2", "per-page"], ["search=a&search=b", "search"]]) {
      expect(await body(call(orgsGET, `?${query}`), 400), query).toMatchObject({ parameter });
    }
    expect(await body(call(orgGET, "?full=true", { id: ORG_ID }), 400)).toMatchObject({ parameter: "full" });
  });
});

describe("taxonomies and terms", () => {
  const publicDbTaxonomies = () => db.taxonomy.findMany({ where: { key: { in: ["handlungsfeld", "lebensphase", "angebotsart", "planungsraum", "hinweis"] } } });

  it("lists our public database taxonomies and the LSZ measures and properties, never internal ones", async () => {
    const page = await body<Page<Named>>(call(taxonomiesGET, ""));
    const expected = [...(await publicDbTaxonomies()).map((t) => t.id), MEASURE_TAXONOMY.id, PROPERTY_TAXONOMY.id];
    expect(page.total_items).toBe(expected.length);
    expect(page.contents.map((t) => t.id).sort()).toEqual(expected.sort());
    for (const t of page.contents) {
      expect(hsdsSchemaErrors("taxonomy", t)).toEqual([]);
      expect(await body(call(taxonomyGET, "", { id: t.id }))).toEqual(t);
    }
    for (const id of [PLANNING_TAXONOMY.id, internalTaxonomyId, randomUUID()]) expect((await call(taxonomyGET, "", { id })).status).toBe(404);
    expect((await body<Page<Named>>(call(taxonomiesGET, "?search=maßnahmen"))).contents.map((t) => t.id)).toEqual([MEASURE_TAXONOMY.id]);
    expect((await body<Page>(call(taxonomiesGET, "?per_page=3&page=3"))).size).toBe(expected.length - 6);
  });

  it("lists every public term (database terms, every measure, the properties) with totals as in the database", async () => {
    const dbTerms = await db.taxonomyTerm.count({ where: { taxonomy: { key: { in: (await publicDbTaxonomies()).map((t) => t.key) } } } });
    const measures = await db.measure.count();
    const page = await body<Page<Named & { taxonomy_id: string }>>(call(termsGET, "?per_page=200"));
    expect(page.total_items).toBe(dbTerms + measures + PROPERTY_TERMS.length);
    expect(page.contents.map((t) => t.name)).not.toContain("Interner Vermerk");
    for (const t of page.contents) {
      expect(hsdsSchemaErrors("taxonomy_term", t)).toEqual([]);
      expect(await body(call(termGET, "", { id: t.id }))).toEqual(t);
    }
    const byTaxonomy = await body<Page<Named>>(call(termsGET, `?taxonomy_id=${MEASURE_TAXONOMY.id}`));
    expect(byTaxonomy.contents.map((t) => t.id).sort()).toEqual([...measureIds].sort());
    expect((await body<Page<Named>>(call(termsGET, `?parent_id=${parentTermId}`))).contents.map((t) => t.id)).toEqual([childTermId]);
    const top = await body<Page<Named>>(call(termsGET, "?top_only=true&per_page=200"));
    expect(top.total_items).toBe(page.total_items - 1);
    expect((await body<Page<Named>>(call(termsGET, "?search=BÜNDELN"))).contents.map((t) => t.id)).toEqual([measureIds[0]]);
    const paged = await body<Page<Named>>(call(termsGET, "?per_page=5&page=2"));
    expect(paged.contents).toEqual(page.contents.slice(5, 10));
  });

  it("every term id a public service carries resolves; planner-only and internal terms do not", async () => {
    const ids = new Set((await exportHsds(db)).flatMap((s) => JSON.stringify(s).match(/"taxonomy_term_id":"[^"]+"/g) ?? []).map((m) => m.slice(20, -1)));
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) expect((await call(termGET, "", { id })).status, id).toBe(200);
    const internal = (await exportHsds(db, { includeInternal: true }))
      .flatMap((s) => s.attributes ?? [])
      .filter((a) => a.taxonomy_term?.taxonomy_id === PLANNING_TAXONOMY.id);
    expect(internal.length).toBeGreaterThan(0);
    for (const a of internal) expect((await call(termGET, "", { id: a.taxonomy_term_id! })).status).toBe(404);
    const internalTerm = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomyId: internalTaxonomyId } });
    expect((await call(termGET, "", { id: internalTerm.id })).status).toBe(404);
    expect(await body(call(termsGET, "?taxonomy_id=handlungsfeld"), 400)).toMatchObject({ parameter: "taxonomy_id" });
    expect(await body(call(termsGET, "?top_only=yes"), 400)).toMatchObject({ parameter: "top_only" });
  });
});

describe("HTTP behaviour", () => {
  it("answers any origin, revalidates by ETag (304), HEAD without body, preflight", async () => {
    const res = await call(termsGET, "");
    const etag = res.headers.get("etag")!;
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toMatch(/max-age/);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await call(termsGET, "", {}, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await termsGET(new Request(`${BASE}/taxonomy_terms`, { method: "HEAD" }), { params: Promise.resolve({}) });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const preflight = infoOPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("nothing planner-only, internal or hidden in any response of this file", () => {
    expect(served.length).toBeGreaterThan(30);
    const all = served.join("\n");
    for (const secret of SECRETS) expect(all, secret).not.toContain(secret);
  });
});

describe("responses validate against the schemas the site serves", () => {
  it("organization and its list items against compiled/organization.json and organization_list.json", async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    for (const name of schemaFileNames()) {
      const text = await (await call(schemaGET, "", { file: name.split("/") })).text();
      ajv.addSchema(JSON.parse(text) as object, `${BASE}/schema/${name}`);
    }
    const check = (schema: string, value: unknown) => {
      const validate = ajv.getSchema(`${BASE}/schema/${schema}`)!;
      expect(validate(value), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    check("compiled/organization.json", await body(call(orgGET, "?full_service=true", { id: ORG_ID })));
    for (const org of (await body<Page>(call(orgsGET, ""))).contents) check("compiled/organization_list.json", org);
    for (const s of (await body<Named & { services: unknown[] }>(call(orgGET, "?full_service=true", { id: ORG_ID }))).services) check("compiled/service.json", s);
    for (const t of (await body<Page>(call(termsGET, "?per_page=200"))).contents) check("taxonomy_term.json", t);
  });
});
