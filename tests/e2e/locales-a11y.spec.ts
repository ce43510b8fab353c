// "axe: zero violations on every page type in each locale, Arabic right to left included" (issue 12).
// One page per locale walks all page types, so the six locales run as six tests side by side.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./helpers";
import { fillMerkliste, forEachStaffPage, inLocale, LOCALES, open, RESIDENT_PAGES } from "./locale-pages";

for (const locale of LOCALES) {
  test(`every resident page type in ${locale} has no axe violations`, async ({ page }) => {
    test.setTimeout(180_000);
    await fillMerkliste(page, locale);
    for (const { name, path, status } of RESIDENT_PAGES) {
      await open(page, inLocale(locale, path), status);
      expect.soft(await axeViolations(page), `${name} (${inLocale(locale, path)})`).toEqual([]);
    }
  });
}

test("the main staff pages in Arabic have no axe violations", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  await forEachStaffPage(browser, baseURL, "ar", async (page, path) => {
    expect.soft(await axeViolations(page), path).toEqual([]);
  });
});
