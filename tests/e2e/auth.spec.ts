import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { actionFields, ADMIN, expectNoAxeViolations, PASSWORD, PROVIDER, PROVIDER2, REVIEWER, signedIn } from "./helpers";

// Sign-in, roles and invitations against the demo site and its demo accounts (README).
// A run makes 7 failed sign-ins from this machine's IP (limit: 30 an hour), so a long-running demo
// takes about four runs an hour with E2E_BASE_URL; the global setup's fresh demo starts at zero.
async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/anmelden");
  await fillSignIn(page, email, password);
}

test("a provider signs in with the form, without JavaScript, and sees their organisation", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmelden");
  await fillSignIn(page, PROVIDER, PASSWORD);
  // Providers start at their offers; the account page shows who they are.
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await page.getByRole("link", { name: "Mein Konto" }).click();
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
  await expect(main).toContainText(PROVIDER);
  await expect(main).toContainText("Träger");
  await expect(main.getByRole("listitem")).toHaveText(["Familienzentrum Oststadt e. V."]);
  // A signed-in person who opens the sign-in page lands on the page of their role.
  await page.goto("/anmelden");
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await context.close();
});

test("/anmelden and /konto have no axe violations", async ({ page }) => {
  await page.goto("/anmelden");
  await expectNoAxeViolations(page);
  await fillSignIn(page, "niemand@demo.angebotskatalog.invalid", "falsches-passwort");
  await expect(page.locator("#signin-error")).toBeVisible();
  await expectNoAxeViolations(page); // with the error shown
  await fillSignIn(page, PROVIDER, PASSWORD);
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await page.goto("/konto");
  await expectNoAxeViolations(page);
});

test("a wrong password shows a clear German message tied to the fields", async ({ page }) => {
  await signIn(page, PROVIDER2, "das-ist-falsch");
  await expect(page).toHaveURL(/\/anmelden\?.*error=CredentialsSignin/);
  const alert = page.locator("#signin-error");
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toHaveText("E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie beides und versuchen Sie es noch einmal.");
  await expect(page.getByLabel("Passwort", { exact: true })).toHaveAttribute("aria-describedby", "signin-error");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  // The right password still works afterwards.
  await fillSignIn(page, PROVIDER2, PASSWORD);
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await page.goto("/konto");
  await expect(page.locator("main")).toContainText("Seniorendienste Hörselaue gGmbH");
});

test("after five wrong passwords the address is blocked with the waiting time in minutes", async ({ page }) => {
  const email = `ratespiel-${Date.now()}@demo.angebotskatalog.invalid`; // fresh per run: the block lasts 15 minutes
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `geraten-${i}`);
    await expect(page.locator("#signin-error")).toContainText("E-Mail-Adresse oder Passwort ist falsch");
  }
  await signIn(page, email, "geraten-6");
  await expect(page.locator("#signin-error")).toHaveText("Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten.");
});

test("signed-out visitors are sent to /anmelden and come back after signing in", async ({ page }) => {
  await page.goto("/konto");
  await expect(page).toHaveURL(/\/anmelden\?callbackUrl=%2Fkonto$/);
  const response = await page.goto("/verwaltung/einladungen");
  expect(response?.url()).toMatch(/\/anmelden\?callbackUrl=%2Fverwaltung%2Feinladungen$/);
  await fillSignIn(page, REVIEWER, PASSWORD);
  await expect(page).toHaveURL(/\/verwaltung\/einladungen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einladungen");
});

test("a provider cannot open the invitation page", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER);
  await expect(page.getByRole("link", { name: "Einladungen" })).toHaveCount(0);
  const response = await page.goto("/verwaltung/einladungen");
  expect(response?.status()).toBe(404);
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveCount(0);
  await context.close();
});

test("signing out ends the session", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1$/);
  await expect(page.locator("main")).toContainText("Sie sind abgemeldet.");
  await page.goto("/konto");
  await expect(page).toHaveURL(/\/anmelden\?callbackUrl=%2Fkonto$/);
  await context.close();
});

test("an admin invites a provider, who sets a password through the one-time link and signs in", async ({ browser, baseURL }) => {
  const invitee = `neu-${Date.now()}@traeger.example`;
  const admin = await signedIn(browser, baseURL, ADMIN);
  await admin.page.getByRole("link", { name: "Einladungen" }).click();
  await admin.page.getByLabel("E-Mail-Adresse").fill(invitee);
  await admin.page.getByLabel("Rolle").selectOption({ label: "Träger" });
  await admin.page.getByRole("button", { name: "Einladen" }).click();
  // Providers need an organisation: the error sits at the field.
  const org = admin.page.getByLabel("Organisation");
  await expect(org).toHaveAttribute("aria-invalid", "true");
  await expect(admin.page.locator("#invite-organizationId-error")).toHaveText("Bitte wählen Sie die Organisation des Trägers.");
  await expect(org).toHaveAttribute("aria-describedby", /invite-organizationId-error/);
  await org.selectOption({ label: "Familienzentrum Oststadt e. V." });
  await admin.page.getByRole("button", { name: "Einladen" }).click();
  const link = await admin.page.getByLabel("Einladungslink").inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/einladung/[0-9a-f]{32}[A-Za-z0-9_-]{43}$`));
  await expect(admin.page.getByRole("row").filter({ hasText: invitee })).toContainText("Familienzentrum Oststadt e. V.");
  await expectNoAxeViolations(admin.page);
  // Opening the link does not use it up.
  await admin.page.goto(link);
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Einladung annehmen");
  await expectNoAxeViolations(admin.page);
  await admin.context.close();

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator("main")).toContainText(`${invitee} als Träger für „Familienzentrum Oststadt e. V.“`);
  await page.getByLabel("Neues Passwort").fill("zu kurz");
  await page.getByLabel("Passwort wiederholen").fill("zu kurz");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  const password = page.getByLabel("Neues Passwort");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAttribute("aria-describedby", "invite-password-hint invite-password-error");
  await expect(page.locator("#invite-password-error")).toHaveText("Das Passwort ist zu kurz. Bitte nehmen Sie mindestens 12 Zeichen.");
  await page.getByLabel("Neues Passwort").fill("mein neues langes Passwort");
  await page.getByLabel("Passwort wiederholen").fill("mein neues langes Passwort");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/anmelden\?eingerichtet=1$/);
  await expect(page.locator("main")).toContainText("Ihr Passwort ist gespeichert.");
  await fillSignIn(page, invitee, "mein neues langes Passwort");
  await expect(page).toHaveURL(/\/meine-angebote$/);
  await page.goto("/konto");
  await expect(page.locator("main").getByRole("listitem")).toHaveText(["Familienzentrum Oststadt e. V."]);

  // The link works once only.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einladungslink ungültig");
  await expect(page.getByLabel("Neues Passwort")).toHaveCount(0);
  await context.close();
});

test("the invite action refuses an unauthenticated POST and a cross-site POST", async ({ browser, baseURL, playwright }) => {
  const admin = await signedIn(browser, baseURL, ADMIN);
  const fields = await actionFields(admin.context.request, "/verwaltung/einladungen");
  const post = (request: APIRequestContext, email: string, origin = baseURL!) =>
    request.post("/verwaltung/einladungen", {
      headers: { Origin: origin },
      multipart: { ...fields, email, role: "ADMIN", organizationId: "" },
      maxRedirects: 0,
    });

  // No session: sent to the sign-in page, nothing created.
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await post(anonymous, "eindringling@example.org");
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toMatch(/\/anmelden\?callbackUrl=%2Fverwaltung%2Feinladungen$/);
  await anonymous.dispose();

  // The admin's own cookies, sent from another site: proxy.ts refuses the action (Origin check).
  const forged = await post(admin.context.request, "csrf-opfer@example.org", "https://evil.example");
  expect(forged.status()).toBe(403);

  // A provider replaying the admin's form: the permission check in server/users refuses, and the
  // page it would return to does not exist for a provider.
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const byProvider = await post(provider.context.request, "durch-traeger@example.org");
  expect(byProvider.status()).toBe(404);
  expect(await byProvider.text()).toContain('"formError":"forbidden"');
  await provider.context.close();

  await admin.page.goto("/verwaltung/einladungen");
  const list = admin.page.locator("main");
  for (const email of ["eindringling@example.org", "csrf-opfer@example.org", "durch-traeger@example.org"]) {
    await expect(list).not.toContainText(email);
  }
  // The same request from the admin on this site does work (so the refusals above mean something).
  const genuine = await post(admin.context.request, "echt@example.org");
  expect(genuine.ok()).toBe(true);
  await admin.page.reload();
  await expect(list).toContainText("echt@example.org");
  await admin.context.close();
});

test("the sign-in endpoint without a browser: no CSRF token, no session", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  expect(csrfToken).toMatch(/^[0-9a-f]{64}$/);
  const credentials = { email: PROVIDER, password: PASSWORD, callbackUrl: "/konto" };

  const withoutToken = await request.post("/api/auth/callback/credentials", { form: credentials, maxRedirects: 0 });
  expect(withoutToken.status()).toBe(302);
  expect(withoutToken.headers().location).toContain("csrf=true");
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});

  const wrongToken = await request.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken: "0".repeat(64) }, maxRedirects: 0 });
  expect(wrongToken.headers().location).toContain("csrf=true");
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});

  const withToken = await request.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken }, maxRedirects: 0 });
  expect(withToken.status()).toBe(302);
  expect(withToken.headers().location).toMatch(/\/konto$/);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: PROVIDER, role: "PROVIDER", organizationIds: ["e08a537b-a14b-4e51-81c0-2f3715691809"] });
  expect(JSON.stringify(session)).not.toContain("argon2");

  // An open redirect is not possible through callbackUrl.
  const { csrfToken: again } = await (await request.get("/api/auth/csrf")).json();
  const away = await request.post("/api/auth/callback/credentials", {
    form: { ...credentials, csrfToken: again, callbackUrl: "https://evil.example/" },
    maxRedirects: 0,
  });
  expect(new URL(away.headers().location).host).not.toBe("evil.example");
});
