// The reviewers' synonym page (issue 12), without JavaScript: a group saved there changes what
// residents find at once, a refused one says why, a deleted one is gone from the search.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, REVIEWER, signedIn } from "./helpers";

test("a reviewer adds, corrects and deletes a synonym group; the search follows each change (no JavaScript)", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const word = `spardose${Date.now().toString(36)}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  const resident = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
  const residentFinds = async (q: string) => {
    await resident.goto(`/en?q=${encodeURIComponent(q)}`);
    return resident.getByRole("link", { name: "Schuldnerberatung Eisenach-Nord" }).count();
  };
  expect(await residentFinds(word)).toBe(0);

  await page.getByRole("link", { name: "Synonyme der Suche" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synonyme der Suche");
  // A refused group keeps what was typed and names the field.
  await page.getByLabel("Wörter", { exact: true }).fill(`${word}\n<b>`);
  await page.getByRole("button", { name: "Gruppe speichern" }).click();
  await expect(page.getByText("Ein Eintrag enthält Zeichen, die kein Wort bilden.")).toBeVisible();
  await expect(page.getByLabel("Wörter", { exact: true })).toHaveValue(`${word}\n<b>`);

  await page.getByLabel("Art", { exact: true }).selectOption({ label: "In eine Richtung" });
  await page.getByLabel("Wörter", { exact: true }).fill(word);
  await page.getByLabel("Findet auch (nur „In eine Richtung“)").fill("Schuldnerberatung");
  await page.getByRole("button", { name: "Gruppe speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Gruppe ist gespeichert und gilt für die Suche.");
  expect(await residentFinds(word)).toBe(1);

  await page.getByLabel("Wort suchen").fill(word);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await page.getByRole("link", { name: `Gruppe bearbeiten: ${word}` }).click();
  await page.getByLabel("Wörter", { exact: true }).fill(`${word}x`);
  await page.getByRole("button", { name: "Gruppe speichern" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  expect(await residentFinds(word)).toBe(0);
  expect(await residentFinds(`${word}x`)).toBe(1);

  await page.goto(`/pruefung/synonyme?wort=${word}`);
  await page.getByRole("button", { name: `Gruppe löschen: ${word}x` }).click();
  await expect(page.getByRole("status")).toHaveText("Die Gruppe ist gelöscht.");
  expect(await residentFinds(`${word}x`)).toBe(0);
  await context.close();
  await resident.context().close();
});

test("the synonym page and its field errors have no accessibility violations", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // axe reads a table of some 80 groups twice
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung/synonyme");
  await expect(page.getByRole("table")).toContainText("schuldnerberatung");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Gruppe speichern" }).click();
  await expect(page.locator("#synonym-words-error")).toHaveText("Bitte mindestens einen Eintrag angeben.");
  await expectNoAxeViolations(page);
  await context.close();
});
