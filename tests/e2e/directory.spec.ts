// "A printable directory": all public offers by Lebensphase or Handlungsfeld on A4, hidden
// addresses never; and the Merkliste's print carries the opening hours.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pdfPageSizes } from "./helpers";

const SHELTER = "Frauenhaus Eisenach";
const HOTLINE = "3ea77cfe-157d-4868-8398-799d2e1e6862";

test("the directory lists every public offer by Lebensphase, is linked from the footer and has no axe violations", async ({ page }) => {
  test.setTimeout(60_000); // two axe runs over 76+ offers
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: /Verzeichnis aller Angebote/ }).click();
  await expect(page).toHaveURL(/\/verzeichnis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verzeichnis aller Angebote");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 2, name: "Pflegebedürftige und pflegende Angehörige" })).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: "Schwangerschaft und Geburt" })).toBeVisible();
  // Hours collapsed as on the offer page; a hidden address says so and shows nothing of the place.
  const hotline = main.locator("li", { has: page.locator(`a[href$="/angebote/${HOTLINE}"]`) }).first();
  await expect(hotline).toContainText("Zeiten: täglich rund um die Uhr");
  const shelter = main.locator("li", { has: page.getByRole("link", { name: SHELTER, exact: true }) }).first();
  await expect(shelter).toContainText("Adresse wird zum Schutz nicht veröffentlicht");
  await expect(shelter.locator('a[href="tel:116016"]')).toBeVisible();
  await expect(main).not.toContainText("Vertrauliche Anschrift");
  await expect(main).not.toContainText("vertrauliche Anschrift");
  await expect(main).not.toContainText("Nur für die Planung");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Handlungsfeld", exact: true }).click();
  await expect(page).toHaveURL(/\?nach=handlungsfeld$/);
  await expect(main.getByRole("heading", { level: 2, name: "Beratung, Unterstützung und Information" })).toBeVisible();
  await expect(main).not.toContainText("Vertrauliche Anschrift");
  await expectNoAxeViolations(page);
});

test("an unknown grouping falls back to the Lebensphasen", async ({ page }) => {
  const response = await page.goto("/verzeichnis?nach=%27%3Cscript%3E&nach=x");
  expect(response?.status()).toBe(200);
  await expect(page.locator("nav [aria-current=page]")).toHaveText("Lebensphase");
});

test("in print the directory drops the navigation and fills A4 pages, one group after another", async ({ page }) => {
  await page.goto("/verzeichnis");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner").first()).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Ordnen nach" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Inhalt" })).toBeHidden();
  const groups = page.locator("main section");
  const breaks = await groups.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
  const sizes = pdfPageSizes(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(sizes.length).toBeGreaterThanOrEqual(breaks.length);
  for (const size of sizes) expect.soft(size).toEqual([595, 842]);
});

test("the Merkliste prints the opening hours of a saved offer", async ({ page }) => {
  await page.goto(`/angebote/${HOTLINE}`);
  await page.getByRole("button", { name: /Auf die Merkliste/ }).click();
  await page.goto("/merkliste");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("main li").first()).toContainText("Zeiten: täglich rund um die Uhr");
});
