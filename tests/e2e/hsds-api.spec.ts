import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { offers } from "../../prisma/seed/offers";
import { PLANNING_TAXONOMY } from "../../server/hsds/taxonomies";
import { hsdsSchemaErrors, type HsdsObjectKind } from "../setup/hsds-schemas";

// A full walk of the open-data API on the demo site: every endpoint, every page, every id, with
// filters; each response validates against the HSDS 3.0 schemas, and none carries what must stay
// inside: a hidden address (the women's shelter's place, its hours, coordinates, notes), planner-only
// facts, account data. Other specs publish while this one runs, so totals are compared within one
// stable listing (retried when a publication lands in between).

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: { id: string }[] };
type Json = Record<string, unknown>;

const API = "/api/hsds";

/** Strings no response may contain: the hidden places of the seed, planner-only facts, accounts. */
const SECRETS = (() => {
  const hidden = offers.filter((o) => o.addressVisibility === "HIDDEN" || o.addressVisibility === "NONE");
  const places = hidden.flatMap((o) =>
    (o.locations ?? []).flatMap((l) => [l.id, l.name, l.street, l.accessibilityNote, l.latitude?.toString(), l.longitude?.toString()]),
  );
  const planning = offers.flatMap((o) => [o.planning?.legalBasis, o.planning?.lszFundingArea, o.planning?.professionalContact, o.planning?.intakeCriteria]);
  return [
    ...new Set(
      [...places, ...planning, "Vertrauliche Anschrift", "Schichtwechsel", PLANNING_TAXONOMY.id, PLANNING_TAXONOMY.key, "demo.angebotskatalog.invalid", ...DEMO_ACCOUNTS.map((a) => a.email)]
        .filter((s): s is string => typeof s === "string" && s.length >= 4),
    ),
  ];
})();

const seen: string[] = [];

async function getJson<T = Json>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()["content-type"], path).toContain("application/json");
  expect(res.headers()["access-control-allow-origin"], path).toBe("*");
  expect(res.headers()["etag"], path).toBeTruthy();
  const text = await res.text();
  seen.push(`${path}\n${text}`);
  return JSON.parse(text) as T;
}

function expectValid(kind: HsdsObjectKind, value: unknown, where: string) {
  expect(hsdsSchemaErrors(kind, value), `${where} as ${kind}`).toEqual([]);
}

/** Every page of a listing with a small page size; checks the page objects and validates items. */
async function walkList(request: APIRequestContext, path: string, kind: HsdsObjectKind, perPage = 7) {
  const sep = path.includes("?") ? "&" : "?";
  let items: Json[] = [];
  await expect(async () => {
    items = [];
    const first = await getJson<Page>(request, `${path}${sep}per_page=${perPage}`);
    for (let n = 1; n <= Math.max(first.total_pages, 1); n++) {
      const page = n === 1 ? first : await getJson<Page>(request, `${path}${sep}per_page=${perPage}&page=${n}`);
      expect(page.page_number).toBe(n);
      expect(page.total_items, "the total changed while paging").toBe(first.total_items);
      expect(page.first_page).toBe(n === 1);
      expect(page.last_page).toBe(n >= page.total_pages);
      expect(page.empty).toBe(page.total_items === 0);
      expect(page.size).toBe(page.contents.length);
      expect(page.size).toBeLessThanOrEqual(perPage);
      for (const item of page.contents) expectValid(kind, item, `${path} page ${n}`);
      items.push(...(page.contents as Json[]));
    }
    expect(items.length, `${path}: items over all pages = total_items`).toBe(first.total_items);
    expect(new Set(items.map((i) => i.id)).size, `${path}: no item on two pages`).toBe(items.length);
  }).toPass({ timeout: 60_000 });
  return items;
}

const termIdsOf = (service: Json) => ((service.attributes as Json[] | undefined) ?? []).map((a) => a.taxonomy_term_id as string);

test("a full walk of the HSDS API: every endpoint, page and id validates, and nothing confidential is in any response", async ({ request }) => {
  test.setTimeout(300_000);

  const info = await getJson(request, API);
  expect(info.version).toMatch(/^3\.0/);

  const openapi = await getJson<{ paths: Record<string, unknown> }>(request, `${API}/openapi.json`);
  expect(JSON.stringify(openapi)).not.toMatch(/"\$ref":\s*"https?:\/\/(?!localhost|127\.0\.0\.1)/);
  const walked = new Set<string>(["/"]);

  // Services: the listing, every one in full, and the filters checked against the full objects.
  const services = await walkList(request, `${API}/services`, "service");
  walked.add("/services");
  expect(services.length).toBeGreaterThan(50);
  const full = new Map<string, Json>();
  for (const s of services) {
    const one = await getJson(request, `${API}/services/${s.id as string}`);
    expectValid("service", one, `/services/${s.id as string}`);
    expect(one.name).toBe(s.name);
    full.set(s.id as string, one);
  }
  walked.add("/services/{id}");
  const fullList = await walkList(request, `${API}/services?full=true`, "service", 50);
  expect(fullList.map((s) => s.id).sort()).toEqual(services.map((s) => s.id).sort());

  // Organizations, with their services in full.
  const organizations = await walkList(request, `${API}/organizations`, "organization");
  walked.add("/organizations");
  for (const o of organizations) {
    const one = await getJson(request, `${API}/organizations/${o.id as string}?full_service=true`);
    expectValid("organization", one, `/organizations/${o.id as string}`);
    const own = services.filter((s) => s.organization_id === o.id).map((s) => s.id).sort();
    expect(((one.services as Json[] | undefined) ?? []).map((s) => s.id).sort(), `services of ${o.name as string}`).toEqual(own);
    const filtered = await walkList(request, `${API}/services?organization_id=${o.id as string}`, "service", 50);
    expect(filtered.map((s) => s.id).sort()).toEqual(own);
  }
  walked.add("/organizations/{id}");
  expect(new Set(services.map((s) => s.organization_id))).toEqual(new Set(organizations.map((o) => o.id)));

  // Taxonomies and terms: every one, and each term as a service filter.
  const taxonomies = await walkList(request, `${API}/taxonomies`, "taxonomy");
  walked.add("/taxonomies");
  for (const t of taxonomies) expectValid("taxonomy", await getJson(request, `${API}/taxonomies/${t.id as string}`), `/taxonomies/${t.id as string}`);
  walked.add("/taxonomies/{id}");
  const keys = taxonomies.map((t) => String(t.name).toLowerCase());
  for (const facet of ["handlungsfeld", "lebensphase", "planungsraum", "maßnahme"]) {
    expect(keys.some((k) => k.includes(facet)), `an HSDS taxonomy for ${facet}`).toBe(true);
  }
  const terms = await walkList(request, `${API}/taxonomy_terms`, "taxonomy_term", 50);
  walked.add("/taxonomy_terms");
  for (const term of terms) expectValid("taxonomy_term", await getJson(request, `${API}/taxonomy_terms/${term.id as string}`), `/taxonomy_terms/${term.id as string}`);
  walked.add("/taxonomy_terms/{id}");
  for (const t of taxonomies) {
    const ofTaxonomy = await walkList(request, `${API}/taxonomy_terms?taxonomy_id=${t.id as string}`, "taxonomy_term", 50);
    expect(ofTaxonomy.every((term) => term.taxonomy_id === t.id)).toBe(true);
  }
  const usedTerms = [...new Set([...full.values()].flatMap(termIdsOf))].filter((id) => terms.some((t) => t.id === id));
  expect(usedTerms.length).toBeGreaterThan(10);
  for (const termId of usedTerms.slice(0, 25)) {
    const withTerm = await walkList(request, `${API}/services?taxonomy_term_id=${termId}`, "service", 50);
    const expected = [...full.values()].filter((s) => termIdsOf(s).includes(termId)).map((s) => s.id).sort();
    expect(withTerm.map((s) => s.id).sort(), `taxonomy_term_id=${termId}`).toEqual(expected);
  }

  // Combined filters and search: a subset of each filter alone, found by the resident search's rules.
  const beratung = await walkList(request, `${API}/services?search=Beratung`, "service", 50);
  expect(beratung.length).toBeGreaterThan(5);
  const misspelt = await walkList(request, `${API}/services?search=Schuldnerberatnug`, "service", 50);
  expect(misspelt.some((s) => /Schuldnerberatung/.test(String(s.name)))).toBe(true);
  const hf4 = usedTerms[0]!;
  const combined = await walkList(request, `${API}/services?search=Beratung&taxonomy_term_id=${hf4}`, "service", 50);
  for (const s of combined) {
    expect(beratung.map((b) => b.id)).toContain(s.id);
    expect(termIdsOf(full.get(s.id as string)!)).toContain(hf4);
  }
  const recent = await walkList(request, `${API}/services?modified_after=2000-01-01T00:00:00Z`, "service", 50);
  expect(recent.length).toBe(services.length);
  const future = await getJson<Page>(request, `${API}/services?modified_after=2999-01-01T00:00:00Z`);
  expect(future.empty).toBe(true);

  // Services at locations: none for a hidden place; each in full.
  const atLocations = await walkList(request, `${API}/service_at_locations`, "service_at_location");
  walked.add("/service_at_locations");
  for (const sal of atLocations.slice(0, 40)) {
    expectValid("service_at_location", await getJson(request, `${API}/service_at_locations/${sal.id as string}`), `/service_at_locations/${sal.id as string}`);
  }
  walked.add("/service_at_locations/{id}");
  const near = await walkList(request, `${API}/service_at_locations?postcode=99817&proximity=3000`, "service_at_location", 50);
  expect(near.length).toBeGreaterThan(0);
  expect(near.length).toBeLessThanOrEqual(atLocations.length);

  expect([...walked].sort(), "every path of the served OpenAPI document was walked").toEqual(
    Object.keys(openapi.paths).filter((p) => !p.startsWith("/dumps")).sort(),
  );

  for (const secret of SECRETS) {
    const hit = seen.find((text) => text.includes(secret));
    expect(hit?.split("\n")[0], `"${secret}" in a response`).toBeUndefined();
  }
});

test("bad parameters get a 400 naming them, unknown ids a 404, and unchanged pages a 304", async ({ request }) => {
  for (const [path, parameter] of [
    [`${API}/services?per_page=0`, "per_page"],
    [`${API}/services?per_page=abc`, "per_page"],
    [`${API}/services?page=-1`, "page"],
    [`${API}/services?taxonomy_term_id=x'%20OR%201=1`, "taxonomy_term_id"],
    [`${API}/services?modified_after=yesterday`, "modified_after"],
    [`${API}/services?per-page=5`, "per-page"],
    [`${API}/service_at_locations?postcode=ABC`, "postcode"],
    [`${API}/taxonomy_terms?taxonomy_id=1`, "taxonomy_id"],
    [`${API}/services/not-a-uuid`, "id"],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as { error: string; parameter: string };
    expect(body.parameter, path).toBe(parameter);
    expect(body.error.length).toBeGreaterThan(5);
  }
  for (const path of ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]) {
    const res = await request.get(`${API}/${path}/00000000-0000-4000-8000-000000000000`);
    expect(res.status(), path).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
  }
  const first = await request.get(`${API}/taxonomies`);
  const etag = first.headers()["etag"]!;
  expect(first.headers()["cache-control"]).toContain("public");
  const again = await request.get(`${API}/taxonomies`, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch(`${API}/services`, { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});
