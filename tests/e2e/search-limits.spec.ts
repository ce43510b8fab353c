import { MAX_CARRIED_QUERY } from "../../i18n/page-url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectSecurityHeaders } from "./helpers";

// One small GET must not buy a huge page: facet values the site does not know are dropped, each
// parameter keeps at most as many values as the site knows, an overlong URL is refused, and the
// page grows linearly with the valid filters (the attack: 900 made-up codes in a 14 KB URL gave
// 33 MB, because every "remove" link carried the whole query).

const NO_HITS: [string, string] = ["q", "xqzxqzxqz"]; // keeps the result list out of the sizes compared

/** Every facet value the search page offers, as [parameter, value] pairs. */
async function offeredValues(request: APIRequestContext) {
  const html = await (await request.get("/?sort=name")).text(); // every offer: the start page has no filters
  return [...html.matchAll(/<input type="checkbox" name="(\w+)" value="([^"]*)"/g)]
    .map(([, name, value]) => [name!, value!] as [string, string])
    .filter(([name]) => !["kostenlos", "barrierefrei", "anonym", "jetzt"].includes(name));
}

async function searchPage(request: APIRequestContext, pairs: [string, string][]) {
  const url = `/?${new URLSearchParams([NO_HITS, ...pairs])}`;
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return { url, size: (await response.body()).length, html: await response.text() };
}

test("the attack URL (900 values, 14 KB) gets a short 414, not a page", async ({ request }) => {
  const url = `/?${Array.from({ length: 900 }, (_, i) => `angebotsart=${i}`).join("&")}`;
  expect(url.length).toBeGreaterThan(8 * 1024);
  const response = await request.get(url);
  expect(response.status()).toBe(414);
  expect((await response.body()).length).toBeLessThan(1024);
  expect(await response.text()).toContain("Die Adresse ist zu lang");
  expectSecurityHeaders(response);
});

test("made-up and repeated codes are dropped and the page grows linearly with valid filters", async ({ request }) => {
  const valid = await offeredValues(request);
  expect(valid.length).toBeGreaterThan(40); // handlungsfeld, lebensphase, planungsraum, angebotsart, sprache, kanal, tag

  const none = await searchPage(request, []);
  const all = await searchPage(request, valid);
  expect(all.html).toContain(`Filter (${valid.length} gewählt)`);
  // Each selected value shows a checked box and one remove button (with its label, and again in
  // the RSC payload): about 1 KB, plus ~20 bytes in each of the language switch's links and the
  // hreflang alternates, which keep the search (about 0.6 KB with six languages). A remove link
  // carrying the whole query cost four times the whole.
  expect((all.size - none.size) / valid.length).toBeLessThan(2000);

  // Under the URL limit, junk in every facet and every valid value twice: the same page.
  const junk: [string, string][] = ["handlungsfeld", "lebensphase", "planungsraum", "angebotsart", "sprache", "kanal", "tag"].flatMap(
    (facet) => Array.from({ length: 12 }, (_, i) => [facet, `zz${i}`] as [string, string]),
  );
  const piled = await searchPage(request, [...junk, ...valid, ...valid]);
  expect(piled.html).toContain(`Filter (${valid.length} gewählt)`);
  // Next echoes the request's query in its router state (twice, escaped): that much, no more. (The
  // language switch and the alternates leave a query this long out: i18n/page-url.ts.)
  expect(piled.url.length).toBeGreaterThan(MAX_CARRIED_QUERY);
  expect(piled.size - all.size).toBeLessThan(3 * (piled.url.length - all.url.length));
});

test("a remove button drops one filter and keeps the rest of the search, without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?q=Beratung&kanal=telefon&kanal=online&kostenlos=1&angebotsart=unbekannt");
  await expect(page.locator("#filter summary")).toHaveText("Filter (3 gewählt)"); // the unknown code is gone
  await page.getByRole("button", { name: "Filter entfernen: Telefon" }).click();
  await expect(page).toHaveURL(/\/\?q=Beratung&kanal=online&kostenlos=1$/);
  await expect(page.getByRole("button", { name: /^Filter entfernen: / })).toHaveCount(2);
  await context.close();
});
