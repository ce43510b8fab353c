import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// The start for residents who do not know the word: life situations, emergency numbers and the
// Handlungsfelder instead of every offer; results once they search or pick; on a phone the
// filters behind one "Filter" button above the results, which opens without JavaScript.

const PHONE = { width: 375, height: 812 };
const results = (page: Page) => page.locator("main li h3 a");

test("on a 375 px phone the start page is short: situations and emergency numbers, no result list", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Was beschäftigt Sie gerade?" })).toBeVisible();
  const situations = page.getByRole("region", { name: "Was beschäftigt Sie gerade?" }).getByRole("link");
  await expect(situations).toHaveCount(12);
  await expect(situations.filter({ hasText: "Wir erwarten ein Kind" })).toBeVisible();
  const emergency = page.getByRole("region", { name: "Im Notfall" });
  for (const tel of ["110", "112", "116016", "08001110111", "08001110222", "116111", "08001110550"]) {
    await expect(emergency.locator(`a[href="tel:${tel}"]`)).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Alle Angebote nach Handlungsfeld" }).getByRole("link")).toHaveCount(7);
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('input[type="checkbox"]')).toHaveCount(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(2500);
  await expectNoAxeViolations(page);
});

test("a life situation leads to its offers, ordered by name as the page says", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await page.getByRole("link", { name: /Ich habe Schulden/ }).click();
  await expect(page).toHaveURL(/angebotsart=schuldnerberatung/);
  await expect(page.getByText("Ohne Suchwort sortiert nach Name (A–Z).")).toBeVisible();
  const names = await results(page).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/Schuldner/);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
  await expectNoAxeViolations(page);
  await page.locator("#filter summary").click();
  await expect(page.getByRole("group", { name: "Art des Angebots" }).getByLabel(/Schuldner/)).toBeChecked();
  await expectNoAxeViolations(page); // with the filters open
});

test("'Alle Angebote von A bis Z' and a Handlungsfeld list offers from the start page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Beratung, Unterstützung und Information" }).click();
  await expect(page).toHaveURL(/handlungsfeld=4/);
  expect(await results(page).count()).toBe(10);
  await page.goto("/");
  await page.getByRole("link", { name: "Alle Angebote von A bis Z" }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("heading", { name: /\d+ Angebote gefunden/ })).toBeVisible();
});

test("on a phone without JavaScript the Filter button above the results opens the filters", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/?q=Beratung");
  const button = page.locator("#filter summary");
  await expect(button).toHaveText("Filter");
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(40); // a real button, not a text link
  expect(box.y).toBeLessThan((await results(page).first().boundingBox())!.y);
  const nord = page.getByRole("group", { name: "Stadtgebiet (Planungsraum)" }).getByLabel(/Nord/);
  await expect(nord).toBeHidden();
  await button.click();
  await expect(nord).toBeVisible();
  await nord.check();
  await page.getByRole("button", { name: "Filter anwenden" }).first().click();
  await expect(page).toHaveURL(/planungsraum=nord/);
  await expect(page).toHaveURL(/q=Beratung/);
  await expect(page.locator("#filter summary")).toHaveText("Filter (1 gewählt)");
  await context.close();
});

test("on a desktop the filters stay visible beside the results, in the taxonomy's order", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?q=Beratung");
  await expect(page.locator("#filter summary")).toBeHidden();
  const fields = page.getByRole("group", { name: "Handlungsfeld" }).getByRole("checkbox");
  await expect(fields.first()).toBeVisible();
  const codes = await fields.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  expect(codes).toEqual([...codes].sort()); // Handlungsfeld 1 to 6, as the LSZ numbers them
  const languages = await page.getByRole("group", { name: "Sprachen" }).locator("label").allTextContents();
  const names = languages.map((l) => l.replace(/ \(\d+\)$/, ""));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
});

test("the English start page has English situations", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("link", { name: /I am in debt/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "In an emergency" })).toBeVisible();
});
