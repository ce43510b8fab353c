// The resident search across languages (issue 12): another language's words find German-only
// offers, filters and chips speak the resident's language, and the Leichte Sprache filter is a
// plain checkbox of the search form (no JavaScript).
import { expect, test } from "@playwright/test";

test("an English search finds German-only offers and shows its filters and chips in English (no JavaScript)", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en?q=debt+advice");
  await expect(page.getByRole("link", { name: "Schuldnerberatung Eisenach-Nord" })).toBeVisible();
  await page.goto("/en?lebensphase=senioren");
  await expect(page.getByRole("button", { name: "Remove filter: Older people (65+)" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Stage of life" })).toBeVisible();

  await page.getByLabel(/^Available in Easy German \(Leichte Sprache\)/).check();
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page).toHaveURL(/leichtesprache=1/);
  await expect(page.getByRole("button", { name: "Remove filter: Available in Easy German (Leichte Sprache)" })).toBeVisible();
  await context.close();
});
