import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, PROVIDER, REVIEWER, signedIn } from "./helpers";

// A provider changes their organisation's details without JavaScript; a reviewer approves them.
// Only the description changes: other specs look offers up by their organisation's name.

/** Letters only, so the search engine keeps it as one word. */
const uniqueWord = () => `Orgwort${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
const ORGANIZATION = "Familienzentrum Oststadt e. V.";

test("without JavaScript, a provider edits the organisation's description; a reviewer approves it", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const word = uniqueWord();

  const provider = await signedIn(browser, baseURL, PROVIDER, false);
  let page = provider.page;
  await page.goto("/meine-angebote");
  await page.getByRole("link", { name: `Organisation bearbeiten: ${ORGANIZATION}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Organisation bearbeiten: ${ORGANIZATION}`);
  const editUrl = page.url();
  const description = page.getByLabel("Beschreibung der Organisation");
  const website = page.getByLabel("Internetseite");
  const originalWebsite = await website.inputValue();
  await description.fill(`${(await description.inputValue()).trim()} ${word}`.trim());

  // A malformed address comes back with the error at the field; nothing typed is lost.
  await website.fill("keine Adresse");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Bitte prüfen Sie die markierten Felder.");
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Diese Angabe hat nicht das richtige Format.")).toBeVisible();
  await expect(description).toHaveValue(new RegExp(`${word}$`));

  await website.fill(originalWebsite);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\/organisation\/[0-9a-f-]{36}\?eingereicht=1$/);
  await expect(page.locator("main").getByRole("status")).toContainText("Ihre Änderung ist eingereicht");
  await provider.context.close();

  // The form (with the pending change) passes axe; axe needs JavaScript to run.
  const providerJs = await signedIn(browser, baseURL, PROVIDER);
  await providerJs.page.goto(editUrl);
  await expect(providerJs.page.getByLabel("Beschreibung der Organisation")).toHaveValue(new RegExp(word));
  await expectNoAxeViolations(providerJs.page);

  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  page = reviewer.page;
  await page.goto("/pruefung");
  await page.getByRole("link", { name: `Organisation prüfen: ${ORGANIZATION}` }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ORGANIZATION);
  await expect(page.getByRole("row", { name: /Beschreibung der Organisation/ })).toContainText(word);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(page).toHaveURL(/\/pruefung\?freigegeben=1$/);
  await reviewer.context.close();

  // The stored details now hold the word, and the approval is in the organisation's history.
  await providerJs.page.goto(editUrl);
  await expect(providerJs.page.getByLabel("Beschreibung der Organisation")).toHaveValue(new RegExp(word));
  await expect(providerJs.page.getByText("Ihre Änderung wartet auf Prüfung")).toHaveCount(0);
  await expect(providerJs.page.getByRole("region", { name: "Frühere Änderungen" }).getByRole("row").nth(1)).toContainText("freigegeben");
  await providerJs.context.close();
});
