import { expect, test } from "@playwright/test";
import { startSecondSite } from "./second-site";

// Issue 12: the language switch (no JavaScript, keeps the search), hreflang alternates, the
// Accept-Language offer, and 404 for a language the site does not serve.

const NAMES = { de: "Deutsch", en: "English", uk: "Українська", ru: "Русский", ar: "العربية", fa: "فارسی" };

test("without JavaScript the switch takes a search to the Ukrainian page with the same search, and back", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?q=Schulden&handlungsfeld=2");
  const languages = page.getByRole("navigation", { name: "Sprache" });
  for (const [code, name] of Object.entries(NAMES)) {
    const link = languages.getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("lang", code);
    await expect(link).toHaveAttribute("hreflang", code);
  }
  await expect(languages.locator('[aria-current="true"]')).toHaveText("Deutsch");

  await languages.getByRole("link", { name: "Українська" }).click();
  await expect(page).toHaveURL(/\/uk\?q=Schulden&handlungsfeld=2$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.locator('input[name="q"]')).toHaveValue("Schulden");
  const switchUk = page.locator('header nav:has(a[hreflang="uk"])');
  await expect(switchUk.locator('[aria-current="true"]')).toHaveText("Українська");

  // Arabic is right to left; German is back at "/" without a prefix.
  await switchUk.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\?q=Schulden&handlungsfeld=2$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("header").getByRole("link", { name: "Deutsch", exact: true }).click();
  await expect(page).toHaveURL(/\/\?q=Schulden&handlungsfeld=2$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("every page has hreflang alternates with its query, plus x-default German", async ({ page, baseURL }) => {
  await page.goto("/uk/impressum?x=1");
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  const found = Object.fromEntries(await alternates.evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])));
  expect(found).toEqual({
    de: `${baseURL}/impressum?x=1`,
    en: `${baseURL}/en/impressum?x=1`,
    uk: `${baseURL}/uk/impressum?x=1`,
    ru: `${baseURL}/ru/impressum?x=1`,
    ar: `${baseURL}/ar/impressum?x=1`,
    fa: `${baseURL}/fa/impressum?x=1`,
    "x-default": `${baseURL}/impressum?x=1`,
  });
});

test("a browser asking for Ukrainian is offered the page in Ukrainian, one line, no redirect, no cookie", async ({ playwright, baseURL }) => {
  const ask = async (path: string, language: string) => {
    const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": language } });
    const response = await visitor.get(path, { maxRedirects: 0 });
    const answer = { status: response.status(), html: await response.text(), headers: response.headersArray() };
    await visitor.dispose();
    return answer;
  };
  const offer = /<p lang="([a-z]+)"[^>]*><a href="([^"]*)" hrefLang="[a-z]+"[^>]*>([^<]*)<\/a><\/p>/;

  const uk = await ask("/?q=Schulden", "uk");
  expect(uk.status).toBe(200);
  expect(offer.exec(uk.html)?.slice(1)).toEqual(["uk", "/uk?q=Schulden", "Читати цю сторінку українською"]);
  expect(uk.headers.filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
  expect(uk.headers.filter((h) => h.name.toLowerCase() === "vary").map((h) => h.value).join(",")).toContain("Accept-Language");

  // q-values count: Ukrainian preferred over German.
  expect(offer.exec((await ask("/", "de;q=0.4, uk-UA;q=0.9")).html)?.[1]).toBe("uk");
  // Nothing when the page is already in the best language, or the browser asks for none we have.
  expect((await ask("/", "de")).html).not.toMatch(offer);
  expect((await ask("/uk", "uk-UA,uk;q=0.9")).html).not.toMatch(offer);
  expect((await ask("/", "fr-FR,fr;q=0.9")).html).not.toMatch(offer);
  // English page, German browser: the offer is in German.
  expect(offer.exec((await ask("/en/impressum", "de-DE,de;q=0.9")).html)?.slice(1)).toEqual(["de", "/impressum", "Diese Seite auf Deutsch lesen"]);
});

test("the switch links to the requested page only: an address a client sends in the proxy's header is replaced", async ({ request }) => {
  const html = await (await request.get("/?q=Hilfe", { headers: { "x-angebotskatalog-page": "//evil.example/?q=evil" } })).text();
  expect(html).toContain('href="/uk?q=Hilfe"');
  expect(html).not.toContain("evil");
});

test("a language the site does not have is not found", async ({ request }) => {
  for (const path of ["/fr", "/fr?q=Schulden", "/fr/impressum", "/xx/angebote/1"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("a language left out of SITE_LOCALES is not found, and not offered", async ({ playwright }) => {
  test.setTimeout(120_000); // starts a second site
  const site = await startSecondSite({ SITE_LOCALES: "de,en" });
  try {
    const visitor = await playwright.request.newContext({ baseURL: site.url, extraHTTPHeaders: { "Accept-Language": "uk" } });
    // "/uk/einladung/a.b" passes the proxy untouched (a dot: next-intl's matcher skips it), so the page's own check answers.
    for (const path of ["/uk", "/uk?q=Schulden", "/uk/impressum", "/ar/merkliste", "/uk/einladung/a.b"]) {
      expect((await visitor.get(path)).status(), path).toBe(404);
    }
    expect((await visitor.get("/en/einladung/a.b")).status()).toBe(200);
    const html = await (await visitor.get("/en?q=Schulden")).text();
    expect([...html.matchAll(/<a href="([^"]*)" lang="([a-z]+)" hrefLang/g)].map((m) => [m[1], m[2]])).toEqual([
      ["/?q=Schulden", "de"],
      ["/en?q=Schulden", "en"],
    ]);
    expect([...html.matchAll(/<link rel="alternate" hrefLang="([a-z-]+)"/g)].map((m) => m[1])).toEqual(["de", "en", "x-default"]);
    expect(html).not.toContain("українською"); // the browser's Ukrainian is not served here: no offer
    await visitor.dispose();
  } finally {
    await site.stop();
  }
});
