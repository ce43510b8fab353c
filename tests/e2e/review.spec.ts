import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, PROVIDER, PROVIDER2, REVIEWER, signedIn } from "./helpers";

// A provider's change goes through review into the public search (demo accounts, README).

/** Letters only, so the search engine keeps it as one word. */
const uniqueWord = () => `Pruefwort${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

test("a provider's change is reviewed, approved and found by residents within a second", async ({ browser, baseURL, request }) => {
  test.setTimeout(90_000);
  const word = uniqueWord();

  // The provider edits one of its organisation's offers and submits it.
  const provider = await signedIn(browser, baseURL, PROVIDER);
  let page = provider.page;
  await page.getByRole("link", { name: "Meine Angebote" }).click();
  const item = page.locator("main li").first();
  const offerName = (await item.getByRole("heading", { level: 2 }).textContent())!.trim();
  const editHref = (await item.getByRole("link", { name: /^Bearbeiten:/ }).getAttribute("href"))!;
  const offerId = /meine-angebote\/([0-9a-f-]{36})\/bearbeiten/.exec(editHref)![1];
  await item.getByRole("link", { name: /^Bearbeiten:/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(offerName);
  await expectNoAxeViolations(page);
  const description = page.getByLabel("Beschreibung", { exact: true });
  // Appended rather than replaced, so other tests that search this offer's words still find it.
  await description.fill(`${await description.inputValue()} ${word}`);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);
  await expect(page.getByRole("status")).toContainText("eingereicht");
  await expect(page.locator("main li").filter({ hasText: offerName }).first()).toContainText("Änderung in Prüfung");

  // Until approval the public search keeps the published version.
  expect(await (await request.get(`/?q=${word}`)).text()).not.toContain(`/angebote/${offerId}`);

  // Another provider's account finds no such page.
  const other = await signedIn(browser, baseURL, PROVIDER2);
  const response = await other.page.goto(editHref);
  expect(response?.status()).toBe(404);
  await other.context.close();

  // The reviewer opens the queue, looks at the change and approves it.
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  page = reviewer.page;
  await page.getByRole("link", { name: "Prüfung" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfung");
  await page.getByRole("link", { name: `Prüfen: ${offerName}` }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(offerName);
  await expect(page.getByRole("row", { name: /Beschreibung/ })).toContainText(word);
  // Inside the long text only the appended word is marked as new, named for screen readers too.
  const wordDiff = page.getByRole("row", { name: /Beschreibung/ }).getByTestId("word-diff");
  await expect(wordDiff.locator("ins")).toHaveCount(1);
  await expect(wordDiff.locator("ins")).toHaveText(new RegExp(`^neu:\\s+${word}$`));
  await expect(wordDiff.locator("del")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(page).toHaveURL(/\/pruefung\?freigegeben=1$/);

  const approvedAt = Date.now();
  let found = false;
  while (!found && Date.now() - approvedAt < 1_000) {
    found = (await (await request.get(`/?q=${word}`)).text()).includes(`/angebote/${offerId}`);
  }
  expect(found, "found within a second of the approval").toBe(true);

  await reviewer.context.close();
  await provider.context.close();
});

test("without JavaScript, the edit form shows errors next to the field and keeps the text", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  await page.goto("/meine-angebote");
  await page.locator("main li").last().getByRole("link", { name: /^Bearbeiten:/ }).click();
  const kept = "Dieser Text <b>bleibt</b> erhalten.";
  await page.getByLabel("Name des Angebots").fill("");
  await page.getByLabel("Beschreibung", { exact: true }).fill(kept);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  const name = page.getByLabel("Name des Angebots");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`[id="${await name.getAttribute("aria-describedby")}"]`)).toHaveText("Bitte füllen Sie dieses Feld aus.");
  await expect(page.getByLabel("Beschreibung", { exact: true })).toHaveValue(kept);
  // (axe needs JavaScript in the page, so the accessibility check runs in the test above.)
  await context.close();
});

test("a reviewer sends a change back with a note, which the provider then sees", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const provider = await signedIn(browser, baseURL, PROVIDER2);
  const page = provider.page;
  await page.goto("/meine-angebote");
  const item = page.locator("main li").first();
  const offerName = (await item.getByRole("heading", { level: 2 }).textContent())!.trim();
  await item.getByRole("link", { name: /^Bearbeiten:/ }).click();
  const fees = page.getByLabel("Kosten (freiwillig)", { exact: true });
  await fees.fill(`${await fees.inputValue()} Rückfrage ${uniqueWord()}`.trim());
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);

  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await reviewer.page.goto("/pruefung");
  await reviewer.page.getByRole("link", { name: `Prüfen: ${offerName}` }).last().click();
  const note = reviewer.page.getByLabel("Hinweis an den Träger");
  await note.fill("ok");
  await reviewer.page.getByRole("button", { name: "Zurückgeben" }).click();
  await expect(reviewer.page.locator("#review-comment-error")).toContainText("mindestens 3 Zeichen");
  await expect(note).toHaveValue("ok");
  await expect(note).toHaveAttribute("aria-describedby", "review-comment-hint review-comment-error");
  await note.fill("Bitte die Kosten genauer angeben.");
  await reviewer.page.getByRole("button", { name: "Zurückgeben" }).click();
  await expect(reviewer.page).toHaveURL(/\/pruefung\?zurueckgegeben=1$/);
  await reviewer.context.close();

  await page.goto("/meine-angebote");
  await expect(page.locator("main li").filter({ hasText: offerName }).first()).toContainText("Bitte die Kosten genauer angeben.");
  await provider.context.close();
});
