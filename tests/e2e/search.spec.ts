import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the home page answers a search on the server, without JavaScript @phone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/?q=Beratung");
  const results = page.locator("main li h3 a");
  expect(await results.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("a resident goes from a search to an offer page with a phone number", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Wonach suchen Sie?").fill("Schuldnerberatung");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/\?q=Schuldnerberatung/);
  await page.locator("main li h3 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Schuldner/);
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
});

test("the women's shelter never shows its address", async ({ page }) => {
  await page.goto("/?q=Frauenhaus");
  await page.locator("main li h3 a").first().click();
  await expect(page.getByText("Die Adresse wird zum Schutz")).toBeVisible();
  await expect(page.locator("address")).toHaveCount(0);
});

test("search and offer pages have no axe violations", async ({ page }) => {
  await page.goto("/?q=Beratung");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
  await page.locator("main li h3 a").first().click();
  await page.waitForURL(/angebote/);
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
});

test("the browser requests nothing from other hosts", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  await page.goto("/?q=Pflege");
  await page.locator("main li h3 a").first().click();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});

test("on a phone: 'help with debts, I live in the north' to a phone number, with filters in the URL @phone", async ({ page }) => {
  const started = Date.now();
  await page.goto("/");
  await page.getByLabel("Wonach suchen Sie?").fill("Schulden");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.locator("#ergebnisse")).toBeVisible(); // the results page, not the start page still
  const filterButton = page.locator("#filter summary"); // on a phone the filters are one tap away (hidden on a desktop)
  if (await filterButton.isVisible()) await filterButton.click();
  await page.getByRole("group", { name: "Stadtgebiet (Planungsraum)" }).getByLabel(/Nord/).check();
  await page.getByRole("button", { name: "Filter anwenden" }).first().click();
  await expect(page).toHaveURL(/planungsraum=nord/);
  await expect(page).toHaveURL(/q=Schulden/);
  await page.locator("main li h3 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Schuldner/);
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);
  // The back button returns to the filtered search.
  await page.goBack();
  await expect(page).toHaveURL(/planungsraum=nord/);
});

test("a keyboard-only resident searches and opens an offer", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Wonach suchen Sie?")).toBeFocused();
  await page.keyboard.type("Pflegestützpunkt");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Pflegest/);
  // Tab forward until the first result link has the focus.
  const firstResult = page.locator("main li h3 a").first();
  for (let i = 0; i < 30 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstResult).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/angebote\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Pflegest/);
});
