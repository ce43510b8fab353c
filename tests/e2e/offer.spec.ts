import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Searches and opens the first result, as a resident would. */
async function openFirstResult(page: Page, q: string) {
  await page.goto(`/?q=${encodeURIComponent(q)}`);
  await page.locator("main li h3 a").first().click();
  await page.waitForURL(/\/angebote\/[0-9a-f-]{36}(\?suche=[^#]*)?$/);
}

test("an offer page shows what a resident needs to act, and has no axe violations", async ({ page }) => {
  await openFirstResult(page, "Pflegestützpunkt");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pflegestützpunkt");
  const main = page.locator("main");
  await expect(main.locator("address")).toContainText("Bahnhofstraße 18");
  await expect(main.getByRole("heading", { name: "Barrierefreiheit" })).toBeVisible();
  await expect(main.getByText("Zugang ohne Stufen")).toBeVisible();
  await expect(main.getByText("Hausbesuche sind möglich.")).toBeVisible();
  await expect(main.getByText(/Sprachen: Deutsch, Russisch/)).toBeVisible();
  await expect(main.getByText(/Zuletzt vom Träger bestätigt am \d\d\.\d\d\.\d{4}/)).toBeVisible();
  await expect(main.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(main.locator('a[href^="mailto:"]').first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Seite sofort verlassen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an offer page lists what to bring", async ({ page }) => {
  await openFirstResult(page, "Verbraucherinsolvenzberatung");
  await expect(page.getByRole("heading", { name: "Bitte bringen Sie mit:" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Personalausweis" })).toBeVisible();
  await expect(page.getByText("Bitte vereinbaren Sie vorher einen Termin.").first()).toBeVisible();
});

test("the women's shelter shows no place, only phone and area, and leaves quickly without a history entry", async ({ page }) => {
  await page.route("https://www.google.de/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Wetter</title>" }));
  await openFirstResult(page, "Frauenhaus");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frauenhaus Eisenach");
  const main = page.locator("main");
  await expect(main.getByText("Die Adresse wird zum Schutz")).toBeVisible();
  await expect(main.locator("address")).toHaveCount(0);
  await expect(main).not.toContainText("Vertrauliche Anschrift");
  await expect(main).not.toContainText("Nur für die Planung");
  await expect(main.getByText("Für ganz Eisenach")).toBeVisible();
  await expect(main.locator('a[href="tel:116016"]')).toBeVisible();
  await expectNoAxeViolations(page);

  const exit = page.getByRole("link", { name: "Seite sofort verlassen" });
  await expect(exit).toHaveAttribute("href", "https://www.google.de/search?q=wetter");
  await exit.click();
  await page.waitForURL(/google\.de/);
  await page.goBack(); // the shelter's page was replaced: back leads to the search
  await expect(page).toHaveURL(/\?q=Frauenhaus/);
});

test("the report form works without JavaScript and confirms the report", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await openFirstResult(page, "Schuldnerberatung");
  await page.getByLabel("Was ist falsch?").fill("Die Sprechzeiten am Dienstag haben sich geändert.");
  await page.getByLabel("Ihre E-Mail-Adresse (freiwillig)").fill("test@example.org");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Meldung");
  // The browser keeps the form's #fehler-melden across the redirect.
  await expect(page).toHaveURL(/\/angebote\/[0-9a-f-]{36}\/gemeldet(#fehler-melden)?$/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a too short report shows an error at the field and keeps the text (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL });
    const page = await context.newPage();
    await openFirstResult(page, "Schuldnerberatung");
    const offerUrl = page.url().split("?")[0];
    const field = page.getByLabel("Was ist falsch?");
    await field.fill("Zu kurz");
    await page.getByRole("button", { name: "Meldung senden" }).click();
    await expect(page.locator("#report-message-error")).toHaveText(/mindestens 10 Zeichen/);
    await expect(field).toHaveValue("Zu kurz");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAttribute("aria-describedby", /report-message-error/);
    expect(page.url().split(/[?#]/)[0]).toBe(offerUrl);
    if (javaScriptEnabled) {
      // axe needs JavaScript in the page. Then the corrected report goes through.
      await expectNoAxeViolations(page);
      await field.fill("Zu kurz: die Sprechzeiten fehlen.");
      await page.getByRole("button", { name: "Meldung senden" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Meldung");
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
}

test("the Merkliste keeps two offers with their phone numbers on this device and prints without navigation", async ({ page }) => {
  await openFirstResult(page, "Pflegestützpunkt");
  const pflege = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.getByRole("button", { name: /^Auf die Merkliste/ }).click();
  await expect(page.getByRole("button", { name: /^Von der Merkliste nehmen/ })).toBeVisible();

  await openFirstResult(page, "Frauenhaus");
  await page.getByRole("button", { name: /^Auf die Merkliste/ }).click();
  await expect(page.getByRole("button", { name: /^Von der Merkliste nehmen/ })).toBeVisible();

  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Merkliste" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merkliste");
  await expect(page.getByText("Sie haben 2 Angebote gemerkt.")).toBeVisible();
  await expect(page.getByText("Die Merkliste bleibt auf diesem Gerät")).toBeVisible();
  const items = page.locator("main ol > li");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(pflege);
  await expect(items.nth(0)).toContainText("03691 990180");
  await expect(items.nth(0)).toContainText("Bahnhofstraße 18");
  await expect(items.nth(1)).toContainText("Frauenhaus Eisenach");
  await expect(items.nth(1)).toContainText("116 016");
  await expect(items.nth(1)).toContainText("Keine öffentliche Adresse");
  await expect(page.getByRole("link", { name: "Seite sofort verlassen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Merkliste drucken" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Seite sofort verlassen" })).toBeHidden();
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Removing an entry keeps the other one, also after a reload.
  await items.nth(1).getByRole("button", { name: /^Von der Merkliste nehmen/ }).click();
  await page.reload();
  await expect(page.locator("main ol > li")).toHaveCount(1);
});

test("without JavaScript the Merkliste explains that it needs JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/merkliste");
  // getByText skips <noscript>; without JavaScript its content is ordinary, visible markup.
  await expect(page.locator("main noscript p")).toBeVisible();
  await expect(page.locator("main noscript p")).toContainText("Die Merkliste braucht JavaScript.");
  await expect(page.getByText("Die Merkliste bleibt auf diesem Gerät")).toBeVisible();
  await context.close();
});

for (const path of ["/leichte-sprache", "/gebaerdensprache", "/impressum", "/datenschutz", "/barrierefreiheit", "/merkliste"]) {
  test(`${path} is reachable from the site's navigation and has no axe violations`, async ({ page }) => {
    await page.goto("/");
    await page.locator(`header a[href="${path}"], footer a[href="${path}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the accessibility statement names a feedback channel and the static pages mark their demo values", async ({ page }) => {
  await page.goto("/barrierefreiheit");
  await expect(page.getByRole("heading", { name: /Feedback und Kontakt/ })).toBeVisible();
  await expect(page.getByText(/^Demo-Angaben:/).first()).toBeVisible();
  await expect(page.getByText("E-Mail: barrierefreiheit@demo.angebotskatalog.invalid (Demo)")).toBeVisible();
  await page.goto("/gebaerdensprache");
  await expect(page.getByText("Platzhalter für das Video")).toBeVisible();
});
