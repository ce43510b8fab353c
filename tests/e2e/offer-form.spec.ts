import { expect, test } from "@playwright/test";
import { addNewOffer, expectNoAxeViolations, PROVIDER, PROVIDER2, REVIEWER, signedIn, expectSearchFinds } from "./helpers";

// The whole-offer edit form: rows added without JavaScript, reviewers publishing directly.

/** Letters only, so the search engine keeps it as one word. */
const uniqueWord = () => `Formwort${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

test("without JavaScript, a provider adds a phone number and an opening time and submits the offer", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const { context, page } = await signedIn(browser, baseURL, PROVIDER2, false);
  await page.goto("/meine-angebote");
  await page.locator("main li").last().getByRole("link", { name: /^Bearbeiten:/ }).click();
  // count() does not wait: let the form be there first.
  await expect(page.getByRole("button", { name: "Weitere Telefonnummer" })).toBeVisible();
  const phones = await page.getByRole("group", { name: /^Telefonnummer \d+$/ }).count();

  await page.getByRole("button", { name: "Weitere Telefonnummer" }).click();
  const added = page.getByRole("group", { name: `Telefonnummer ${phones + 1}` });
  await expect(added).toBeVisible();
  await added.getByLabel("Nummer", { exact: true }).fill("03691 555123");

  await page.getByRole("button", { name: /^Weitere Zeit: Zeiten ohne festen Ort/ }).click();
  // Typed text survives the round trip that added the row.
  await expect(page.getByRole("group", { name: `Telefonnummer ${phones + 1}` }).getByLabel("Nummer", { exact: true })).toHaveValue("03691 555123");
  const times = page.getByRole("group", { name: /Zeiten ohne festen Ort/ });
  const time = times.getByRole("group", { name: "Zeit 1" });
  await time.getByLabel("Wochentag", { exact: true }).selectOption("TU");
  await time.getByLabel("Von", { exact: true }).fill("09:00");
  await time.getByLabel("Bis", { exact: true }).fill("08:00");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  // The error stands next to the field, and nothing typed is lost.
  await expect(time.getByText("Das Ende muss nach dem Beginn liegen.")).toBeVisible();
  await expect(time.getByLabel("Von", { exact: true })).toHaveValue("09:00");

  await time.getByLabel("Bis", { exact: true }).fill("11:30");
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);
  await context.close();
});

test("a reviewer finds any offer, edits it and publishes at once; residents find the new text", async ({ browser, baseURL, request }) => {
  test.setTimeout(90_000);
  const word = uniqueWord();
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung/angebote");
  await expectNoAxeViolations(page);
  await page.getByLabel("Angebot oder Träger").fill("Hebammensprechstunde");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("status").first()).toHaveText("1 Angebot");
  await page.getByRole("link", { name: /^Bearbeiten:/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hebammensprechstunde");
  await expectNoAxeViolations(page);

  const description = page.getByLabel("Beschreibung", { exact: true });
  await description.fill(`${await description.inputValue()} ${word}`);
  await page.getByLabel("Fördersumme in Euro").fill("4200");
  await page.getByRole("button", { name: "Sofort veröffentlichen" }).click();
  await expect(page.getByRole("status").first()).toContainText("ist veröffentlicht");

  await expectSearchFinds(request, word, "Hebammensprechstunde");
  await context.close();
});

test("without JavaScript, a provider adds a new offer; it stays unpublished until review", async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000);
  const name = `Gesprächskreis Neuanlage ${uniqueWord()}`;
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  const id = await addNewOffer(page, name);
  await page.getByLabel("Beschreibung", { exact: true }).fill("Ein offener Gesprächskreis für pflegende Angehörige.");
  await page.getByRole("checkbox", { name: "Beratung, Unterstützung und Information" }).check();
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?eingereicht=1$/);
  await expect(page.locator("main li").filter({ hasText: name })).toContainText("Neu, noch nicht veröffentlicht");
  expect((await request.get(`/angebote/${id}`)).status()).toBe(404);
  await context.close();
});

test("without JavaScript, a provider discards an offer added by mistake, after ticking the box", async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000);
  const name = `Gesprächskreis Irrtum ${uniqueWord()}`;
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  const id = await addNewOffer(page, name);

  await page.goto("/meine-angebote");
  const item = page.locator("main li").filter({ hasText: name });
  await item.getByRole("button", { name: "Verwerfen" }).click();
  // The required tick box stops the browser itself: nothing was sent, the offer is still there.
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await expect(item).toBeVisible();

  await item.getByRole("checkbox", { name: `Ja, „${name}“ endgültig löschen` }).check();
  await item.getByRole("button", { name: "Verwerfen" }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?verworfen=ok$/);
  await expect(page.getByRole("status").filter({ hasText: "Das neue Angebot ist gelöscht" })).toBeVisible();
  await expect(page.locator("main li").filter({ hasText: name })).toHaveCount(0);
  expect((await context.request.get(`/meine-angebote/${id}/bearbeiten`)).status()).toBe(404);
  expect((await request.get(`/angebote/${id}`)).status()).toBe(404);
  await context.close();
});
