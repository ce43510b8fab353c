// Brings the demo site into a state where every kind of server-action form is on some page, then
// collects those forms (as write-paths.spec.ts does) with the request context of the person who
// sees them. Touches only records no other spec relies on: traeger1's second offer, a throwaway
// invited account, one resident's report.
import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { actionFormsWithInputs, ADMIN, PROVIDER, REVIEWER, SEED_GOAL_ID, SEED_MEASURE_ID, signedIn } from "./helpers";
import { otherLoopbackAddress, routeFrom } from "./other-client";

/** traeger1's second offer: review.spec.ts takes the first, write-paths.spec.ts the last. */
export const OFFER_NAME = "Familienzentrum Oststadt – Eltern-Kind-Treff";

/** The measure whose page's forms are attacked (evidence.spec.ts assesses it with valid values only). */
export const MEASURE = "Einen Pflegestützpunkt in Eisenach aufbauen";

export type Action = { path: string; who: string; request: APIRequestContext; fields: Record<string, string>; inputs: string[] };

async function setPassword(context: BrowserContext, link: string, password: string) {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel("Neues Passwort").fill(password);
  await page.getByLabel("Passwort wiederholen").fill(password);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/anmelden\?/);
}

export async function collectActions(browser: Browser, baseURL: string) {
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const admin = await signedIn(browser, baseURL, ADMIN);
  const anonymous = await browser.newContext({ baseURL, javaScriptEnabled: false });

  // A second version (restore form), then a submitted change (review decision forms).
  await provider.page.goto("/meine-angebote");
  const item = provider.page.locator("main li").filter({ hasText: OFFER_NAME }).first();
  const editHref = (await item.getByRole("link", { name: /^Bearbeiten:/ }).getAttribute("href"))!;
  const offerId = /([0-9a-f-]{36})/.exec(editHref)![1]!;
  const orgHref = (await provider.page.getByRole("link", { name: /^Organisation bearbeiten:/ }).first().getAttribute("href"))!;
  await item.getByRole("button", { name: /^Angaben sind noch aktuell/ }).click();
  await expect(provider.page).toHaveURL(/bestaetigung=ok/);
  await provider.page.goto(editHref);
  await provider.page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(provider.page).toHaveURL(/eingereicht=1/);
  await reviewer.page.goto("/pruefung");
  const reviewHref = (await reviewer.page.getByRole("link", { name: `Prüfen: ${OFFER_NAME}` }).last().getAttribute("href"))!;

  // A resident's report on that offer (the inboxes' "done" forms), from a client address of its
  // own: reports are limited per client, and the other specs report from 127.0.0.1.
  const reporter = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await routeFrom(reporter, new URL(baseURL).origin, otherLoopbackAddress());
  const resident = await reporter.newPage();
  await resident.goto(`/angebote/${offerId}`);
  await resident.getByLabel("Was ist falsch?").fill("Hostiltest: Die Öffnungszeiten stimmen nicht mehr.");
  await resident.getByRole("button", { name: "Meldung senden" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Meldung");
  await reporter.close();

  // A throwaway account (its link for a new password), and an open invitation (its page, the revoke form).
  const invite = async (email: string) => {
    await admin.page.goto("/verwaltung/einladungen");
    await admin.page.getByLabel("E-Mail-Adresse").fill(email);
    await admin.page.getByLabel("Rolle").selectOption({ label: "Netzwerkpartner" });
    await admin.page.getByRole("button", { name: "Einladen", exact: true }).click();
    return new URL(await admin.page.getByLabel("Einladungslink").inputValue()).pathname;
  };
  const email = `hostil-${Date.now()}@traeger.example`;
  await setPassword(anonymous, await invite(email), "ein langes Passwort für den Test");
  await admin.page.goto("/verwaltung/konten");
  await admin.page.getByRole("button", { name: `Link für neues Passwort erzeugen: Konto ${email}`, exact: true }).click();
  const resetLink = new URL(await admin.page.getByLabel(`Link für ein neues Passwort für ${email} (nur jetzt sichtbar)`).inputValue()).pathname;
  const invitation = await invite(`hostil-offen-${Date.now()}@traeger.example`);

  // A measure's page (the indicator assessment forms with their file field).
  await reviewer.page.goto("/planung/plan");
  const measureHref = (await reviewer.page.getByRole("link", { name: MEASURE }).getAttribute("href"))!;

  const pages: [string, APIRequestContext, string][] = [
    ["provider", provider.context.request, "/meine-angebote"],
    ["provider", provider.context.request, editHref],
    ["provider", provider.context.request, `/meine-angebote/${offerId}/verlauf`],
    ["provider", provider.context.request, orgHref],
    ["provider", provider.context.request, "/meine-angebote/meldungen"],
    ["reviewer", reviewer.context.request, reviewHref],
    ["reviewer", reviewer.context.request, "/pruefung/angebote"],
    ["reviewer", reviewer.context.request, "/pruefung/meldungen"],
    ["reviewer", reviewer.context.request, "/pruefung/synonyme"],
    ["reviewer", reviewer.context.request, "/planung/plan/finanzen"],
    ["reviewer", reviewer.context.request, "/planung/mikroprojekte"],
    ["reviewer", reviewer.context.request, "/planung/plan/bearbeiten"],
    ["reviewer", reviewer.context.request, `/planung/plan/bearbeiten/ziele/${SEED_GOAL_ID}`],
    ["reviewer", reviewer.context.request, `/planung/plan/bearbeiten/massnahmen/${SEED_MEASURE_ID}`],
    ["reviewer", reviewer.context.request, "/planung/stichtage"],
    ["reviewer", reviewer.context.request, "/planung/plan/neuer-zeitraum"],
    ["reviewer", reviewer.context.request, measureHref],
    ["admin", admin.context.request, "/verwaltung/einladungen"],
    ["admin", admin.context.request, "/verwaltung/konten"],
    ["resident", anonymous.request, `/angebote/${offerId}`],
    ["resident", anonymous.request, invitation],
    ["resident", anonymous.request, resetLink],
  ];
  const actions: Action[] = [];
  for (const [who, request, path] of pages) {
    for (const form of await actionFormsWithInputs(request, path)) actions.push({ path, who, request, ...form });
  }
  const close = () => Promise.all([provider.context.close(), reviewer.context.close(), admin.context.close(), anonymous.close()]);
  return { actions, provider, reviewer, admin, anonymous, offerId, editHref, orgHref, measureHref, invitation, resetLink, close };
}
