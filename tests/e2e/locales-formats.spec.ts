// Dates, times and numbers in the resident's language (issue 12): Intl's digits and clock per
// locale, the Gregorian calendar everywhere, German exactly as before.
import { expect, test } from "@playwright/test";
import { inLocale } from "./locale-pages";

/** A Kita open Monday to Friday 6:00-17:00, last confirmed on 2026-08-11 (prisma/seed/offers). */
const KITA = "aa630dc9-899d-471d-a7ef-cd584e8d4223";

const CASES = [
  { locale: "de", hours: "6:00–17:00", date: "11.08.2026" },
  { locale: "en", hours: /^6:00\sAM–5:00\sPM$/, date: "Aug 11, 2026" },
  // Farsi: Persian digits, and the Gregorian year (Intl's default calendar for Farsi would say 1405).
  { locale: "fa", hours: "۶:۰۰–۱۷:۰۰", date: /۱۱ .+ ۲۰۲۶/ },
];

for (const { locale, hours, date } of CASES) {
  test(`an offer's hours and last confirmation date in ${locale}`, async ({ page }) => {
    await page.goto(inLocale(locale, `/angebote/${KITA}`));
    await expect(page.locator('section[aria-labelledby="offer-hours"] dd')).toHaveText(hours);
    await expect(page.locator("main")).toContainText(date);
  });
}

test("result cards' opening status in Farsi writes times with Persian digits", async ({ page }) => {
  await page.goto(inLocale("fa", "/?q=Beratung"));
  const statuses = page.locator("main li p strong");
  await expect(statuses.first()).toBeVisible();
  // "Open now", or closed and the time it opens (which of them depends on the hour the test runs): never a Latin digit.
  expect((await statuses.allTextContents()).join(" ")).not.toMatch(/[0-9]/);
});
