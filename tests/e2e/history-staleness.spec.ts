import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, PROVIDER, REVIEWER, signedIn } from "./helpers";

// Staleness and history on the demo data (prisma/seed): traeger1's Stadtteilbüro was last
// confirmed in April 2026, the Mehrgenerationenhaus in April 2025. The tests build on each other.
test.describe.configure({ mode: "serial" });

const STALE_OFFER = "Stadtteilbüro Oststadt – Quartiersmanagement";
const OLD_OFFER = "Mehrgenerationenhaus Eisenach";

/** Today in Eisenach as the pages write it, e.g. "27.11.2026". */
const today = () => new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date());

test("without JavaScript, a provider confirms a stale offer on the dashboard and sees the new date and the history", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER, false);
  await page.goto("/meine-angebote");
  const reminders = page.getByRole("region", { name: "Bitte bestätigen Sie diese Angebote" });
  await expect(reminders.getByRole("row", { name: new RegExp(STALE_OFFER) })).toBeVisible();
  const item = page.locator("main li").filter({ has: page.getByRole("heading", { level: 2, name: STALE_OFFER }) });
  await expect(item).toContainText("Bitte bestätigen");
  await expect(item).not.toContainText(`Zuletzt bestätigt: ${today()}`);

  await reminders.getByRole("button", { name: `Angaben sind noch aktuell: ${STALE_OFFER}` }).click();
  await expect(page).toHaveURL(/\/meine-angebote\?bestaetigung=ok$/);
  await expect(page.getByRole("status")).toContainText("als aktuell bestätigt");
  await expect(item).toContainText(`Zuletzt bestätigt: ${today()}`);
  await expect(item).not.toContainText("Bitte bestätigen");
  await expect(page.getByRole("row", { name: new RegExp(STALE_OFFER) })).toHaveCount(0);

  // The history names the confirmation, who made it and the changed date; the version before can be restored.
  await item.getByRole("link", { name: `Verlauf: ${STALE_OFFER}` }).click();
  const newest = page.locator("main ol > li").first();
  await expect(newest.getByRole("heading", { level: 3 })).toContainText("jetzt veröffentlicht");
  await expect(newest).toContainText("Bestätigung „Angaben sind noch aktuell“");
  await expect(newest).toContainText("durch Demo: Familienzentrum Oststadt");
  await expect(newest.getByRole("row", { name: /Zuletzt bestätigt/ })).toContainText("2026-04-14");
  await expect(newest.getByRole("button")).toHaveCount(0);
  await expect(page.locator("main ol > li").nth(1).getByRole("button", { name: /^Diese Fassung wiederherstellen: Fassung \d+$/ })).toBeVisible();
  await context.close();
});

test("the dashboard and the history page have no accessibility violations", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, PROVIDER);
  await page.goto("/meine-angebote");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Angebote");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Verlauf: ${STALE_OFFER}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(STALE_OFFER);
  await expect(page.getByRole("button", { name: /^Diese Fassung wiederherstellen/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("a reviewer finds the stale list from the review queue, longest unconfirmed first", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung");
  await page.getByRole("link", { name: /^Veraltete Angebote/ }).click();
  await expect(page).toHaveURL(/\/pruefung\/veraltet$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veraltete Angebote");
  const row = page.getByRole("row", { name: new RegExp(OLD_OFFER) });
  await expect(row).toContainText("AudiMax-Bildungsakademie");
  await expect(row).toContainText("29.04.2025");
  await expect(row).toContainText(/\d+ Monaten/);
  // The offer confirmed above is no longer stale.
  await expect(page.getByRole("row", { name: new RegExp(STALE_OFFER) })).toHaveCount(0);
  const dates = await page.locator("tbody tr td:nth-of-type(2)").allTextContents();
  const iso = dates.filter((d) => /^\d\d\.\d\d\.\d{4}$/.test(d)).map((d) => d.split(".").reverse().join("-"));
  expect(iso.length).toBeGreaterThan(3);
  expect(iso).toEqual([...iso].sort());
  await expectNoAxeViolations(page);
  await context.close();
});
