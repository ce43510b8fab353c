import { expect, test, type Page } from "@playwright/test";
import { addNewOffer, expectNoAxeViolations, PROVIDER, REVIEWER, signedIn } from "./helpers";

// Translations in the offer form, each with its own state and review decision, phrases, and the
// Leichte Sprache hints, on a new offer of traeger1's (seed offers are other specs' fixtures).

const OFFER = `Gesprächskreis Übersetzungen ${Date.now()}`;

async function openForm(page: Page) {
  await page.goto("/meine-angebote");
  await page.locator("main li").filter({ has: page.getByRole("heading", { level: 2, name: OFFER }) }).getByRole("link", { name: /^Bearbeiten:/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OFFER);
}

/** A language's collapsible block (its summary names the language and the state). */
const block = (page: Page, locale: string) => page.locator(`details[data-locale="${locale}"]`);

async function approveLatest(page: Page, rejectArabic?: string) {
  await page.goto("/pruefung");
  await page.getByRole("link", { name: `Prüfen: ${OFFER}` }).last().click();
  if (rejectArabic !== undefined) {
    await page.getByLabel("Arabisch nicht veröffentlichen").check();
    // A rejection without a reason is refused, and nothing is decided.
    await page.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Bitte begründen Sie jede abgelehnte Übersetzung." })).toBeVisible();
    await expect(page.getByText("Bitte schreiben Sie einen Hinweis mit mindestens 3 Zeichen.")).toBeVisible();
    await expect(page.getByLabel("Arabisch nicht veröffentlichen")).toBeChecked();
    await page.getByLabel("Begründung für Arabisch").fill(rejectArabic);
  }
  await page.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(page).toHaveURL(/\/pruefung\?freigegeben=1$/);
}

test("a provider writes translations and picks phrases; the reviewer rejects one translation; German changes mark the others outdated", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const page = provider.page;
  await addNewOffer(page, OFFER);
  await page.getByLabel("Beschreibung", { exact: true }).fill("Ein offener Gesprächskreis im Stadtteil.");
  await page.getByRole("checkbox", { name: "Beratung, Unterstützung und Information" }).check();

  // Phrases: checkboxes with German labels.
  const phrases = page.getByRole("group", { name: "Hinweise (Textbausteine)" });
  await phrases.getByLabel("Kostenlos", { exact: true }).check();
  await phrases.getByLabel("Telefonische Beratung möglich").check();

  // Arabic: typed right to left, in Arabic.
  await expect(block(page, "ar").locator("summary")).toContainText("Noch keine Übersetzung");
  await block(page, "ar").locator("summary").click();
  const arName = page.getByLabel("Name (Arabisch)");
  await expect(arName).toHaveAttribute("dir", "rtl");
  await expect(arName).toHaveAttribute("lang", "ar");
  await arName.fill("مكتب الحي أوستشتات");
  await page.getByLabel("Beschreibung (Arabisch)").fill("نقطة اتصال لسكان الحي.");

  await block(page, "en").locator("summary").click();
  await expect(page.getByLabel("Name (Englisch)")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Name (Englisch)")).not.toHaveAttribute("dir", "rtl");
  await page.getByLabel("Name (Englisch)").fill("Oststadt neighbourhood office");
  await page.getByLabel("Beschreibung (Englisch)").fill("A contact point for the people of the Oststadt.");

  // Leichte Sprache: the rule hints follow typing and never stop the save.
  await block(page, "de-x-ls").locator("summary").click();
  await page.getByLabel("Name (Leichte Sprache)").fill("Büro im Stadt-Teil");
  await page.getByLabel("Beschreibung (Leichte Sprache)").fill("Die Quartiersmanagementberatung wird von uns angeboten.");
  const hints = page.getByRole("region", { name: "Hinweise zur Leichten Sprache" });
  await expect(hints).toContainText("Langes Wort: „Quartiersmanagementberatung“");
  await expect(hints).toContainText("Passiv");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);

  await openForm(page);
  await expect(block(page, "ar").locator("summary")).toContainText("Eingereicht, wartet auf Prüfung");

  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await expect(async () => {
    await reviewer.page.goto("/pruefung");
    await reviewer.page.getByRole("link", { name: `Prüfen: ${OFFER}` }).last().click();
    await expect(reviewer.page.getByText("Übersetzungen einzeln ablehnen")).toBeVisible();
  }).toPass();
  await expectNoAxeViolations(reviewer.page);
  await approveLatest(reviewer.page, "Bitte von einer Fachkraft übersetzen lassen.");

  // The provider sees each language's state; without JavaScript the hints are there too.
  const noJs = await signedIn(browser, baseURL, PROVIDER, false);
  await openForm(noJs.page);
  await expect(block(noJs.page, "ar").locator("summary")).toContainText("Abgelehnt");
  await expect(block(noJs.page, "ar")).toContainText("Bitte von einer Fachkraft übersetzen lassen.");
  await expect(block(noJs.page, "ar")).toContainText("Es ist keine Übersetzung in dieser Sprache veröffentlicht.");
  await expect(block(noJs.page, "en").locator("summary")).toContainText("Veröffentlicht");
  await expect(noJs.page.getByRole("region", { name: "Hinweise zur Leichten Sprache" })).toContainText("Quartiersmanagementberatung");
  for (const phrase of ["Kostenlos", "Telefonische Beratung möglich"])
    await expect(noJs.page.getByRole("group", { name: "Hinweise (Textbausteine)" }).getByLabel(phrase, { exact: true })).toBeChecked();
  await noJs.context.close();

  // A change to the German description leaves the published translations behind.
  await openForm(page);
  const description = page.getByLabel("Beschreibung", { exact: true });
  await description.fill("Ein offener Gesprächskreis im Stadtteil, jetzt auch donnerstags.");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);
  await approveLatest(reviewer.page);
  await openForm(page);
  await expect(block(page, "en").locator("summary")).toContainText("Veraltet seit");
  await expect(block(page, "en")).toHaveAttribute("open", "");
  await expect(page.getByLabel("Übersetzung ist noch aktuell").first()).toBeVisible();
  await reviewer.context.close();
  await provider.context.close();
});
