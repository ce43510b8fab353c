// "Every page at 320 px in de and ar has no horizontal overflow" (issue 12), and right-to-left
// pages keep what reads left to right (phone numbers) in order.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "./helpers";
import { fillMerkliste, forEachStaffPage, HOTLINE, inLocale, open, RESIDENT_PAGES } from "./locale-pages";

const PHONE = { width: 320, height: 800 };

for (const locale of ["de", "ar"]) {
  test(`every resident page type in ${locale} fits a 320 px screen`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    await fillMerkliste(page, locale);
    for (const { name, path, status } of RESIDENT_PAGES) {
      await open(page, inLocale(locale, path), status);
      await expectNoSidewaysScroll(page, `${name} (${inLocale(locale, path)}) at 320 px`);
    }
  });
}

test("the main staff pages in Arabic fit a 320 px screen", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  await forEachStaffPage(browser, baseURL, "ar", async (page, path) => {
    await page.setViewportSize(PHONE);
    await page.reload();
    await expectNoSidewaysScroll(page, `${path} at 320 px`);
  });
});

/** Left edges of the first and the last character of the element's text, as rendered. */
const charLefts = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const text = el.firstChild!;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: at(0), last: at(text.textContent!.length - 1), text: text.textContent };
  });

test("on a right-to-left page phone numbers still read left to right", async ({ page }) => {
  // Its own line starts with the number: unisolated, "0800 111 0 111" would show as "111 0 111 0800".
  await page.goto("/ar");
  const emergency = await charLefts(page, 'main a[href="tel:08001110111"]');
  expect(emergency.first, emergency.text!).toBeLessThan(emergency.last);
  await page.goto(inLocale("ar", `/angebote/${HOTLINE}`));
  const offer = await charLefts(page, 'main a[href^="tel:"]');
  expect(offer.first, offer.text!).toBeLessThan(offer.last);
});
