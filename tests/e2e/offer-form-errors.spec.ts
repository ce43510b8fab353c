import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, PROVIDER, signedIn } from "./helpers";

// The 146-field offer form: a contents list to jump to its sections, and a GOV.UK error summary at
// the top naming each wrong field with a link to it, with and without JavaScript, on a phone too.

async function openLastOffer(page: Page) {
  await page.goto("/meine-angebote");
  // Loaded as a whole page: the form is large, and a client-side navigation under load took > 5 s.
  await page.goto((await page.locator("main li").last().getByRole("link", { name: /^Bearbeiten:/ }).getAttribute("href"))!);
  await expect(page.getByRole("button", { name: "Zur Prüfung einreichen" })).toBeVisible({ timeout: 15_000 });
}

/** Every link of the summary leads to an element of the page (the field, or a group of boxes). */
async function expectLinksToFields(page: Page) {
  const links = page.getByRole("alert", { name: /^Bitte korrigieren Sie/ }).getByRole("link");
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    expect(href).toMatch(/^#offer-edit-/);
    await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
  }
}

test("the error summary names each wrong field, takes the focus and leads to the field", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER);
  await openLastOffer(page);
  await page.getByLabel("Name des Angebots").fill("");
  await page.getByRole("button", { name: /^Weitere Zeit: Zeiten ohne festen Ort/ }).click();
  const time = page.getByRole("group", { name: /Zeiten ohne festen Ort/ }).getByRole("group", { name: "Zeit 1" });
  await time.getByLabel("Von", { exact: true }).fill("09:00");
  await time.getByLabel("Bis", { exact: true }).fill("08:00");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();

  const summary = page.getByRole("alert", { name: /^Bitte korrigieren Sie/ });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText(/^Bitte korrigieren Sie diese \d+ Angaben:$/);
  const nameLink = summary.getByRole("link", { name: "Name des Angebots: Bitte füllen Sie dieses Feld aus." });
  await expect(nameLink).toHaveAttribute("href", "#offer-edit-name");
  await expect(summary.getByRole("link", { name: /Das Ende muss nach dem Beginn liegen\.$/ })).toHaveCount(1);
  await expectLinksToFields(page);
  await expectNoAxeViolations(page);
  // Following a link puts the cursor into the field.
  await nameLink.click();
  await expect(page.getByLabel("Name des Angebots")).toBeFocused();
  await context.close();
});

test("without JavaScript the error summary is there too, with its links", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  await openLastOffer(page);
  await page.getByLabel("Name des Angebots").fill("");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  const summary = page.getByRole("alert", { name: /^Bitte korrigieren Sie/ });
  await expect(summary.getByRole("link", { name: "Name des Angebots: Bitte füllen Sie dieses Feld aus." })).toHaveAttribute("href", "#offer-edit-name");
  await expectLinksToFields(page);
  await context.close();
});

test("on a phone, the contents list jumps to each section and nothing runs off the screen", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER);
  await page.setViewportSize({ width: 375, height: 740 });
  await openLastOffer(page);
  const contents = page.getByRole("navigation", { name: "Inhalt des Formulars" });
  const links = contents.getByRole("link");
  await expect(links).toHaveCount(8);
  await contents.getByRole("link", { name: "Kontakt" }).click();
  await expect(page).toHaveURL(/#offer-section-contact$/);
  await expect(page.getByRole("group", { name: "Kontakt", exact: true })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await context.close();
});
