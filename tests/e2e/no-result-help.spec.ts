// Help when nothing is found (issue 13), with and without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// No Polish-speaking, free debt counselling for young people: the page offers the same search
// without the filter that removes most hits.
const FILTERED = "/?q=Schulden&sprache=pl&lebensphase=jugend&kostenlos=1";

async function expectHelp(page: Page) {
  await expect(page.locator("#ergebnisse")).toHaveText("Keine Angebote gefunden");
  await expect(page.getByRole("region", { name: "Alle Angebote nach Handlungsfeld" }).getByRole("link")).toHaveCount(7); // six fields and A-Z
  const contacts = page.getByRole("region", { name: "Hier hilft man Ihnen weiter" });
  await expect(contacts.getByRole("link", { name: /Pflegestützpunkt/ })).toHaveAttribute("href", /\/angebote\//);
  const emergency = page.getByRole("region", { name: "Im Notfall" });
  for (const number of ["110", "112", "116016", "08001110111", "116117"]) await expect(emergency.locator(`a[href="tel:${number}"]`)).toBeVisible();
}

/** Follows the "without the filter" link and checks that the promised number of offers is shown. */
async function relax(page: Page) {
  const link = page.getByRole("link", { name: /^Ohne den Filter „.+“: \d+ Angebot/ });
  const promised = Number((await link.textContent())!.match(/: (\d+) Angebot/)![1]);
  expect(promised).toBeGreaterThan(0);
  await link.click();
  await expect(page.locator("#ergebnisse")).toHaveText(new RegExp(`^${promised} Angebote? gefunden$`));
  await expect(page).toHaveURL(/q=Schulden/);
}

test("a search without hits says so, offers the search without the worst filter, topics and contacts (no JavaScript) @phone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(FILTERED);
  await expect(page.getByText("Zu „Schulden“ haben wir mit den gewählten Filtern kein Angebot gefunden.")).toBeVisible();
  await expectHelp(page);
  await relax(page);
  await context.close();
});

test("the no-result help works with JavaScript and has no axe violations", async ({ page }) => {
  await page.goto("/?q=Xylophonreparatur");
  await expect(page.getByText("Zu „Xylophonreparatur“ haben wir kein Angebot gefunden.")).toBeVisible();
  await expectHelp(page);
  await expectNoAxeViolations(page);
  // Browsing a topic leads to offers.
  await page.getByRole("link", { name: "Beratung, Unterstützung und Information" }).click();
  await expect(page.locator("main li h3 a").first()).toBeVisible();

  await page.goto(FILTERED);
  await expectHelp(page);
  await expectNoAxeViolations(page);
  await relax(page);
});

test("need words and language names find offers: Demenz, Depression, Ukrainisch", async ({ page }) => {
  for (const [q, expected] of [["Demenz", "Pflegestützpunkt Eisenach"], ["Depression", "TelefonSeelsorge"], ["Ukrainisch", "Migrationsberatung für Erwachsene"]]) {
    await page.goto(`/?q=${q}`);
    await expect(page.locator("main li h3 a", { hasText: expected })).toBeVisible();
  }
});
