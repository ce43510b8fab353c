import { expect, test, type Page } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, signedIn } from "./helpers";

// An admin's one-time link for a new password (no e-mail): issued on /verwaltung/konten and used
// on /passwort-neu/<token>, all without JavaScript. Runs in parallel with the other specs on one
// demo site: it resets only an account it invited itself, never a demo account's password.

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function setPassword(page: Page, password: string) {
  await page.getByLabel("Neues Passwort").fill(password);
  await page.getByLabel("Passwort wiederholen").fill(password);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
}

test("an admin issues a link for a new password; the person sets one without JavaScript, old sessions end, the link works once", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const email = `neues-passwort-${unique()}@traeger.example`;
  const oldPassword = "das alte lange Passwort";
  const newPassword = "das neue noch längere Passwort";

  // A throwaway provider account, made through the invitation flow (all without JavaScript).
  const admin = await signedIn(browser, baseURL, ADMIN, false);
  await admin.page.goto("/verwaltung/einladungen");
  await admin.page.getByLabel("E-Mail-Adresse").fill(email);
  await admin.page.getByLabel("Rolle").selectOption({ label: "Träger" });
  await admin.page.getByLabel("Organisation").selectOption({ label: "Familienzentrum Oststadt e. V." });
  await admin.page.getByRole("button", { name: "Einladen" }).click();
  const invitation = await admin.page.getByLabel("Einladungslink").inputValue();
  const old = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const oldPage = await old.newPage();
  await oldPage.goto(invitation);
  await setPassword(oldPage, oldPassword);
  await expect(oldPage).toHaveURL(/\/anmelden\?eingerichtet=1$/);
  await signIn(oldPage, email, oldPassword);
  await expect(oldPage).toHaveURL(/\/meine-angebote$/);

  // The admin creates the link in the account's row; it is shown once, in that row.
  await admin.page.goto("/verwaltung/konten");
  const row = admin.page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: `Link für neues Passwort erzeugen: Konto ${email}`, exact: true }).click();
  const linkField = admin.page.getByLabel(`Link für ein neues Passwort für ${email} (nur jetzt sichtbar)`);
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/passwort-neu\/[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
  await expect(admin.page.getByRole("row").filter({ hasText: email }).getByRole("status")).toContainText("Er gilt einmal, bis");
  // Shown once: the page itself does not keep it.
  await admin.page.goto("/verwaltung/konten");
  await expect(admin.page.locator("main")).not.toContainText(link);
  await admin.context.close();

  // The page behind the link passes axe (looking at it does not use the link up).
  const checker = await browser.newContext({ baseURL });
  const checkerPage = await checker.newPage();
  await checkerPage.goto(link);
  await expect(checkerPage.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
  await expect(checkerPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(checkerPage);
  await checker.close();

  // The person sets a new password without JavaScript: the rules first, then it is saved.
  const person = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await person.newPage();
  await page.goto(link);
  await expect(page.locator("main")).toContainText(email);
  await setPassword(page, "zu kurz");
  await expect(page.getByText("Das Passwort ist zu kurz. Bitte nehmen Sie mindestens 12 Zeichen.")).toBeVisible();
  await setPassword(page, newPassword);
  await expect(page).toHaveURL(/\/anmelden\?passwort=neu$/);
  await expect(page.locator("main")).toContainText("Ihr neues Passwort ist gespeichert. Bitte melden Sie sich jetzt damit an.");
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/meine-angebote$/);

  // The session signed in with the old password has ended.
  await oldPage.goto("/konto");
  await expect(oldPage).toHaveURL(/\/anmelden\?callbackUrl=%2Fkonto$/);
  await old.close();

  // Single use: the link now leads to the "invalid" page.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link ungültig");
  await expect(page.locator("form input[name=password]")).toHaveCount(0);
  await person.close();
});
