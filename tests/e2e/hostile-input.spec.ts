import { expect, test, type APIRequestContext } from "@playwright/test";
import { searchParamsSchema } from "../../search/params";
import { HOSTILE_VALUES, urlValue, type HostileValue } from "../setup/hostile-values";
import { DRAFT_MARKER, inParallel, problemsOf } from "./hostile-checks";
import { NETWORK_PARTNER, REVIEWER, signedIn } from "./helpers";

// Hostile values in every search parameter, every public route's query and every dynamic path
// segment, sent anonymously: no answer is a 5xx, none is unbounded, none carries planner-only or
// unpublished text, and markup comes back escaped (hostile-checks.ts). A version-0 offer created
// first gives the "unpublished" check something to find.

/** A published offer with a hidden address (prisma/seed/offers/hf4-beratung.ts): the page most worth leaking from. */
const FRAUENHAUS = "7d2b7a36-5553-43a4-81a4-ab12453d9ac2";
const SEARCH_PARAMS = Object.keys(searchParamsSchema.shape);

/** Public pages (app/[locale]/(public|account)), the signed-in areas as seen without a session, next-auth's GET endpoints. */
const ROUTES = [
  "/en", `/angebote/${FRAUENHAUS}`, `/angebote/${FRAUENHAUS}/gemeldet`, "/barrierefreiheit", "/datenschutz", "/gebaerdensprache",
  "/impressum", "/leichte-sprache", "/merkliste", "/plan", "/en/plan", "/anmelden", "/en/anmelden", "/einladung/0000", "/passwort-neu/0000",
  "/konto", "/fachinfo", "/meine-angebote", "/meine-angebote/meldungen", "/pruefung", "/pruefung/angebote", "/planung/plan", "/planung/plan.csv", "/planung/bericht", "/planung/bericht.csv", "/verwaltung/konten",
  "/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/error", "/api/auth/signout",
];
/** Query parameters the routes above read (their searchParams), plus next-auth's. */
const ROUTE_PARAMS = ["q", "page", "callbackUrl", "error", "abgemeldet", "eingerichtet", "passwort", "ergebnis", "vor", "veroeffentlicht", "name", "fehler", "bestaetigung", "zeitraum", "hinweis"];
/** Dynamic path segments: `{}` is replaced by the hostile value. */
const SEGMENTS = ["/angebote/{}", "/angebote/{}/gemeldet", "/en/angebote/{}", "/einladung/{}", "/passwort-neu/{}", "/{}/impressum", "/pruefung/{}"];

const query = (params: string[], v: HostileValue) => params.map((p) => `${p}=${urlValue(v)}`).join("&");

async function problemsFor(request: APIRequestContext, urls: string[]) {
  const get = (url: string) => request.get(url, { maxRedirects: 0 }).catch((err: Error) => err);
  const problems = await inParallel(urls.map((url) => async () => problemsOf(`GET ${url.slice(0, 160)}`, await get(url))));
  return problems.flat();
}

test.beforeAll(async ({ browser, baseURL }) => {
  // An unpublished offer (version 0) of an organisation no other spec lists, created by a reviewer.
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung/angebote");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Verbraucherzentrale Thüringen e. V." });
  await page.getByLabel("Name des neuen Angebots").fill(`${DRAFT_MARKER} Entwurf`);
  await page.getByRole("button", { name: "Anlegen und weiter zum Formular" }).click();
  await expect(page).toHaveURL(/\/bearbeiten$/);
  await context.close();
});

test("the search page: every parameter with every hostile value", async ({ request }) => {
  test.setTimeout(120_000);
  const urls = SEARCH_PARAMS.flatMap((param) =>
    HOSTILE_VALUES.filter((v) => param !== "page" || v.name !== "empty").map((v) => `/?${query([param], v)}`),
  );
  // Repeated parameters, the draft's own name as the search text, the distance sort without an origin.
  urls.push(`/?${SEARCH_PARAMS.map((p) => `${p}=4&${p}=x%22`).join("&")}`, `/?q=${DRAFT_MARKER}`, "/?sort=entfernung&umkreis=25&ort=%00");
  expect(urls.length).toBeGreaterThan(500);
  expect(await problemsFor(request, urls)).toEqual([]);
});

test("every public route: hostile values in its query", async ({ request }) => {
  test.setTimeout(120_000);
  // next-auth's own endpoints and callbackUrl: a known finding (below).
  // next-auth's error endpoint and `error`: a new finding (below).
  const params = (route: string) =>
    route.startsWith("/api/auth/") ? ROUTE_PARAMS.filter((p) => p !== "callbackUrl" && (route !== "/api/auth/error" || p !== "error")) : ROUTE_PARAMS;
  const urls = ROUTES.flatMap((route) => HOSTILE_VALUES.map((v) => `${route}?${query(params(route), v)}`));
  expect(await problemsFor(request, urls)).toEqual([]);
});

test("every dynamic path segment: hostile values", async ({ request }) => {
  test.setTimeout(120_000);
  // A path segment of "" or "/" is another route; "." and ".." are normalised away by the client.
  // Invalid UTF-8 or broken escapes after the locale segment (or as it): a known finding (below).
  // Paths over 2,000 characters: a new finding (below).
  const values = HOSTILE_VALUES.filter((v) => v.text.trim() !== "" && urlValue(v).length < 2000);
  const urls = SEGMENTS.flatMap((segment) =>
    values.filter((v) => !(/^\/(\{\}|en\/)/.test(segment) && v.urlEncoded)).map((v) => segment.replace("{}", urlValue(v))),
  );
  expect(await problemsFor(request, urls)).toEqual([]);
});

test("an unpublished offer is found by no public answer", async ({ request }) => {
  const problems = await problemsFor(request, [`/?q=${DRAFT_MARKER}`, `/en?q=${DRAFT_MARKER}`, "/?q=Entwurf"]);
  expect(problems).toEqual([]);
});

test("the checks find what they look for where it may be shown (so they can fail)", async ({ browser, baseURL }) => {
  const { context } = await signedIn(browser, baseURL, REVIEWER);
  const edit = await context.request.get(`/meine-angebote/${FRAUENHAUS}/bearbeiten`);
  expect(await problemsOf("planner's edit page", edit)).toEqual(
    expect.arrayContaining([expect.stringContaining("Vertrauliche Anschrift"), expect.stringContaining("Nur für die Planung")]),
  );
  const drafts = await context.request.get(`/pruefung/angebote?q=${DRAFT_MARKER}`);
  expect(await problemsOf("list of all offers", drafts)).toEqual([expect.stringContaining(`${DRAFT_MARKER} Entwurf`)]);
  await context.close();
});

test.describe("findings of the attack probe and of this suite", () => {
  test("invalid UTF-8 in a path segment is a 400, not a 500", async ({ request }) => {
    const urls = ["/%ff", "/%C3%28", "/%ff/impressum", "/%ED%A0%80/impressum", "/en/angebote/%FF%FE", "/en/angebote/%zz%", "/en/einladung/%C3%28"];
    expect(await problemsFor(request, urls)).toEqual([]);
  });

  test("300 unknown facet values stay a bounded page", async ({ request }) => {
    // 900 values make a URL over Node's 16 KB (431); 300 fit and gave a 4.5 MB page.
    const many = Array.from({ length: 300 }, (_, i) => `angebotsart=art_${i}`).join("&");
    expect(await problemsFor(request, [`/?${many}`])).toEqual([]);
  });

  test("next-auth's endpoints with a callbackUrl that is no URL answer 400, not 500", async ({ request }) => {
    const urls = ["session", "csrf", "providers"].flatMap((e) => ["foo", "%00", "javascript%3Aalert(1)"].map((v) => `/api/auth/${e}?callbackUrl=${v}`));
    expect(await problemsFor(request, urls)).toEqual([]);
  });

  test("a network partner on the providers' pages gets a 404, not a 500", async ({ browser, baseURL }) => {
    const { context } = await signedIn(browser, baseURL, NETWORK_PARTNER);
    const urls = ["/meine-angebote", "/meine-angebote?bestaetigung=%FF", "/meine-angebote/meldungen"];
    const problems = await inParallel(urls.map((url) => async () => problemsOf(`network partner GET ${url}`, await context.request.get(url, { maxRedirects: 0 }))));
    await context.close();
    expect(problems.flat()).toEqual([]);
  });

  test("residents' pages set no cookie, whatever the query", async ({ request }) => {
    for (const url of ["/", "/?q=%FF", "/impressum", `/angebote/${FRAUENHAUS}`]) {
      expect((await request.get(url)).headers()["set-cookie"], url).toBeUndefined();
    }
  });
  test("a GET of the credentials callback is a 405, not a 500", async ({ request }) => {
    expect(await problemsFor(request, ["/api/auth/callback/credentials", "/api/auth/callback/credentials?x=%FF"])).toEqual([]);
  });

  test("hostile error codes at next-auth's error endpoint are a 400, not a 500", async ({ request }) => {
    const urls = ["%00", "%0D%0ASet-Cookie%3A%20x%3D1", "%FF", "%E2%80%AE"].map((v) => `/api/auth/error?error=${v}`);
    expect(await problemsFor(request, urls)).toEqual([]);
  });

  test("a 10,001-character path segment is refused before it reaches the headers", async ({ request }) => {
    const long = HOSTILE_VALUES.filter((v) => urlValue(v).length >= 2000);
    expect(long.length).toBeGreaterThan(0);
    expect(await problemsFor(request, long.flatMap((v) => SEGMENTS.map((s) => s.replace("{}", urlValue(v)))))).toEqual([]);
  });
});
