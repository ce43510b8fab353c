import { expect, test } from "@playwright/test";

// Residents' pages set no cookie at all (README; no consent banner needed): not next-intl's
// NEXT_LOCALE (i18n/routing.ts), not next-auth's, on any kind of public page or answer.

test("no public page sets a cookie", async ({ request, playwright, baseURL }) => {
  const search = await (await request.get("/?q=Beratung")).text();
  const offer = /href="(\/angebote\/[0-9a-f-]{36})[?"]/.exec(search)![1]!;
  const pages = [
    "/", "/en", "/?q=Beratung", "/?q=Beratung&kanal=telefon&page=2", "/en?q=counselling",
    offer, `/en${offer}`, `${offer}/gemeldet`, "/merkliste", "/en/merkliste", "/leichte-sprache",
    "/gebaerdensprache", "/impressum", "/datenschutz", "/barrierefreiheit", "/plan", "/de", "/gibt-es-nicht", "/%ff",
  ];
  for (const path of pages) {
    // A fresh visitor each time: a cookie sent back could keep the site from setting it again.
    const visitor = await playwright.request.newContext({ baseURL });
    const response = await visitor.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
    expect(cookies.map((c) => c.value), path).toEqual([]);
    await visitor.dispose();
  }
});

test("a resident's browser, with JavaScript, gets no cookie either (the header asks who is signed in)", async ({ page }) => {
  const asked = page.waitForResponse((r) => r.url().endsWith("/api/account-status"));
  await page.goto("/impressum");
  expect(await (await asked).json()).toEqual({});
  await page.goto("/?q=Beratung");
  await page.waitForLoadState("networkidle");
  expect(await page.context().cookies()).toEqual([]);
  await expect(page.locator("header").getByRole("link", { name: "Anmelden" })).toBeVisible();
});
