import { expect, test, type Page } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, NETWORK_PARTNER, PASSWORD, PROVIDER, PROVIDER2, REVIEWER, signedIn } from "./helpers";

// Residents' reports reach the provider's inbox; admins disable accounts and revoke invitations;
// network partners read the fields for professionals. Runs in parallel with the other specs on
// one demo site: it disables only an account it invited itself, and changes no demo account.

/** The sign-in form in an existing page (for the account this spec creates, with its own password). */
async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("a resident's report reaches the provider, who marks it done without JavaScript; the other provider never sees it", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const message = `Die Telefonnummer ist nicht mehr erreichbar (Prüfnummer ${unique()}).`;
  const replyEmail = `anwohnerin-${unique()}@example.org`;

  // One of traeger1's offers, from their own list.
  const provider = await signedIn(browser, baseURL, PROVIDER);
  await provider.page.goto("/meine-angebote");
  const firstOffer = provider.page.locator("main li").first();
  const offerName = (await firstOffer.getByRole("heading", { level: 2 }).textContent())!.trim();
  const offerHref = (await firstOffer.getByRole("link", { name: "Öffentliche Seite" }).getAttribute("href"))!;

  // A resident (no account, no JavaScript) reports an error on the offer page.
  const resident = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const residentPage = await resident.newPage();
  await residentPage.goto(offerHref);
  await residentPage.getByLabel("Was ist falsch?").fill(message);
  await residentPage.getByLabel("Ihre E-Mail-Adresse (freiwillig)").fill(replyEmail);
  await residentPage.getByRole("button", { name: "Meldung senden" }).click();
  await expect(residentPage.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Meldung");
  await resident.close();

  // traeger1 finds it under "Meldungen", with the reply address; the page passes axe.
  await provider.page.goto("/konto");
  await provider.page.getByRole("link", { name: /^Meldungen/ }).click();
  await expect(provider.page).toHaveURL(/\/meine-angebote\/meldungen$/);
  const open = provider.page.getByRole("region", { name: /^Offen/ });
  const item = open.locator("li").filter({ hasText: message });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading", { level: 3 })).toHaveText(offerName);
  await expect(item.getByRole("link", { name: replyEmail })).toHaveAttribute("href", `mailto:${replyEmail}`);
  await expectNoAxeViolations(provider.page);
  // The report leads straight to the offer's edit page.
  await item.getByRole("link", { name: `Angebot „${offerName}“ bearbeiten` }).click();
  await expect(provider.page).toHaveURL(/\/meine-angebote\/[0-9a-f-]{36}\/bearbeiten$/);
  await expect(provider.page.getByRole("heading", { level: 1 })).toContainText(offerName);
  await provider.context.close();

  // traeger2 (another organisation) does not see it, nor its reply address.
  const other = await signedIn(browser, baseURL, PROVIDER2);
  await other.page.goto("/meine-angebote/meldungen");
  await expect(other.page.getByRole("heading", { level: 1 })).toHaveText("Meldungen");
  await expect(other.page.locator("main")).not.toContainText(message);
  await expect(other.page.locator("main")).not.toContainText(replyEmail);
  // Nor does the reviewers' inbox exist for a provider.
  expect((await other.page.goto("/pruefung/meldungen"))?.status()).toBe(404);
  await other.context.close();

  // The reviewer sees it in the reviewers' inbox (every organisation's reports).
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await reviewer.page.getByRole("link", { name: /^Meldungen/ }).click();
  await expect(reviewer.page).toHaveURL(/\/pruefung\/meldungen$/);
  const reviewerItem = reviewer.page.locator("main li").filter({ hasText: message });
  await expect(reviewerItem).toHaveCount(1);
  await expect(reviewerItem.getByRole("link", { name: `Angebot „${offerName}“ bearbeiten` })).toHaveAttribute("href", /\/meine-angebote\/[0-9a-f-]{36}\/bearbeiten$/);
  await expectNoAxeViolations(reviewer.page);
  await reviewer.context.close();

  // traeger1 marks it done with JavaScript off: a plain form POST.
  const noJs = await signedIn(browser, baseURL, PROVIDER, false);
  await noJs.page.goto("/meine-angebote/meldungen");
  await noJs.page
    .getByRole("region", { name: /^Offen/ })
    .locator("li")
    .filter({ hasText: message })
    .getByRole("button", { name: /^Als erledigt markieren/ })
    .click();
  await expect(noJs.page).toHaveURL(/\/meine-angebote\/meldungen\?erledigt=1$/);
  await expect(noJs.page.getByRole("status")).toHaveText("Die Meldung ist als erledigt markiert.");
  await expect(noJs.page.getByRole("region", { name: /^Offen/ })).not.toContainText(message);
  const done = noJs.page.getByRole("region", { name: "Erledigt" }).locator("li").filter({ hasText: message });
  await expect(done).toContainText("Erledigt am");
  // The reply address was only for answering: it is gone once the report is done.
  await expect(noJs.page.locator("main")).not.toContainText(replyEmail);
  await noJs.context.close();
});

test("an admin disables an invited account, whose session ends at once, and enables it again; a revoked invitation link is dead", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const invitee = `gesperrt-${unique()}@traeger.example`;
  const revokee = `zurueckgezogen-${unique()}@traeger.example`;
  const inviteePassword = "ein langes Passwort zum Sperren";

  const admin = await signedIn(browser, baseURL, ADMIN);
  const invite = async (email: string) => {
    await admin.page.goto("/verwaltung/einladungen");
    await admin.page.getByLabel("E-Mail-Adresse").fill(email);
    await admin.page.getByLabel("Rolle").selectOption({ label: "Träger" });
    await admin.page.getByLabel("Organisation").selectOption({ label: "Familienzentrum Oststadt e. V." });
    await admin.page.getByRole("button", { name: "Einladen" }).click();
    return admin.page.getByLabel("Einladungslink").inputValue();
  };

  // A throwaway provider account, made through the invitation flow and signed in.
  const link = await invite(invitee);
  const person = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const personPage = await person.newPage();
  await personPage.goto(link);
  await personPage.getByLabel("Neues Passwort").fill(inviteePassword);
  await personPage.getByLabel("Passwort wiederholen").fill(inviteePassword);
  await personPage.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(personPage).toHaveURL(/\/anmelden\?eingerichtet=1$/);
  await signIn(personPage, invitee, inviteePassword);
  await expect(personPage).toHaveURL(/\/meine-angebote$/);

  // The admin disables it on /verwaltung/konten (no button to disable the admin's own account).
  await admin.page.getByRole("link", { name: "Konten" }).click();
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Konten");
  await expect(admin.page.getByRole("button", { name: `Sperren: Konto ${ADMIN}`, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(admin.page);
  const row = admin.page.getByRole("row").filter({ hasText: invitee });
  await expect(row).toContainText("Familienzentrum Oststadt e. V.");
  await row.getByRole("button", { name: `Sperren: Konto ${invitee}`, exact: true }).click();
  await expect(admin.page.getByRole("status")).toHaveText("Das Konto ist gesperrt.");
  await expect(admin.page.getByRole("row").filter({ hasText: invitee })).toContainText("Gesperrt seit");

  // The disabled person's running session ends on their next request, and sign-in is refused.
  await personPage.goto("/konto");
  await expect(personPage).toHaveURL(/\/anmelden\?callbackUrl=%2Fkonto$/);
  await signIn(personPage, invitee, inviteePassword);
  await expect(personPage.locator("#signin-error")).toHaveText("Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Stadt Eisenach.");

  await admin.page
    .getByRole("row")
    .filter({ hasText: invitee })
    .getByRole("button", { name: `Entsperren: Konto ${invitee}`, exact: true })
    .click();
  await expect(admin.page.getByRole("status")).toHaveText("Das Konto ist wieder aktiv.");
  // Enabled again, the person signs in anew: the session from before the disabling stays void.
  await personPage.goto("/konto");
  await expect(personPage).toHaveURL(/\/anmelden\?callbackUrl=%2Fkonto$/);
  await signIn(personPage, invitee, inviteePassword);
  await expect(personPage).toHaveURL(/\/meine-angebote$/);
  await person.close();

  // A revoked invitation's link no longer works.
  const revokedLink = await invite(revokee);
  await admin.page.reload();
  await expectNoAxeViolations(admin.page);
  await admin.page.getByRole("button", { name: `Zurückziehen: Einladung für ${revokee}`, exact: true }).click();
  await expect(admin.page).toHaveURL(/\/verwaltung\/einladungen\?zurueckgezogen=1$/);
  await expect(admin.page.getByRole("status")).toContainText("Die Einladung ist zurückgezogen.");
  await expect(admin.page.locator("main")).not.toContainText(revokee);
  await admin.page.goto(revokedLink);
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Einladungslink ungültig");
  await admin.context.close();
});

test("providers and reviewers cannot open the account administration", async ({ browser, baseURL }) => {
  for (const email of [PROVIDER2, REVIEWER]) {
    const { context, page } = await signedIn(browser, baseURL, email);
    await expect(page.getByRole("link", { name: "Konten" })).toHaveCount(0);
    expect((await page.goto("/verwaltung/konten"))?.status()).toBe(404);
    await context.close();
  }
});

test("a network partner reads waiting times but no planner-only fields and no hidden address", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, NETWORK_PARTNER);
  await page.getByRole("link", { name: "Fachinfo" }).click();
  await expect(page).toHaveURL(/\/fachinfo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fachinformationen zu den Angeboten");
  const main = page.locator("main");
  await expect(main.getByText("Wartezeit", { exact: true }).first()).toBeVisible();
  // Legal bases (all "SGB ..." in the demo data), LSZ funding and its amounts, staff; the shelter's stored address.
  for (const plannerOnly of ["SGB", "Förder", "42000", "42.000", "VZÄ", "Vertrauliche Anschrift"]) {
    await expect(main, plannerOnly).not.toContainText(plannerOnly);
  }
  await expectNoAxeViolations(page);

  // The GET filter: part of the name, in the URL.
  await page.getByLabel("Name des Angebots").fill("frauenhaus");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/\/fachinfo\?name=frauenhaus$/);
  const shelter = main.locator("li").filter({ hasText: "Frauenhaus" });
  await expect(shelter.first()).toBeVisible();
  await expect(shelter.first()).toContainText("Keine öffentliche Adresse");
  await context.close();

  // Providers have no such page.
  const provider = await signedIn(browser, baseURL, PROVIDER2);
  await expect(provider.page.getByRole("link", { name: "Fachinfo" })).toHaveCount(0);
  expect((await provider.page.goto("/fachinfo"))?.status()).toBe(404);
  await provider.context.close();
});
