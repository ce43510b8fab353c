// "Keyboard-only flows in Arabic and Ukrainian from the home page to an offer's phone number"
// (issue 12): after opening the home page, only Tab, typing and Enter; every stop visibly focused.
import { expect, test, type Page } from "@playwright/test";
import { inLocale } from "./locale-pages";

/** Presses Tab until the focused element matches `selector` (at most `max` times), and checks the focus can be seen. */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`no ${selector} within ${max} presses of Tab on ${page.url()}`);
}

/** The focused element shows the site's focus ring (:focus-visible outline) and is on screen. */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return { focusVisible: el.matches(":focus-visible"), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(focus.focusVisible).toBe(true);
  expect(focus.outline).not.toBe("none");
  expect(focus.width).toBeGreaterThanOrEqual(2);
  await expect(page.locator(":focus")).toBeInViewport();
}

for (const locale of ["ar", "uk"]) {
  test(`keyboard only in ${locale}: home page, search, offer, its phone number`, async ({ page }) => {
    await page.goto(inLocale(locale, "/"));
    await tabTo(page, "input#q");
    await page.keyboard.type("Telefonseelsorge");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/${locale}\\?q=Telefonseelsorge`));

    await tabTo(page, "main li h3 a");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/${locale}/angebote/[0-9a-f-]{36}\\?suche=`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    await tabTo(page, 'main a[href^="tel:"]');
    await expect(page.locator(":focus")).toHaveAttribute("href", /^tel:\+?\d+$/);
  });
}
