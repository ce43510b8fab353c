// "Nothing is cut off on a phone": every page type, at the narrowest common phone widths, fits
// the screen without sideways scrolling (long German compounds, phone numbers and URLs wrap).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, PROVIDER, REVIEWER, signedIn } from "./helpers";

const WIDTHS = [320, 375];

// Demo offers (prisma/seed/offers) with the longest name and URL, a long compound-word title, and
// several phone numbers with round-the-clock hours.
const LONG_NAME_AND_URL = "09978b08-95b0-4bcf-9579-05057af9f496";
const LONG_COMPOUNDS = "f3baaf1c-71ea-403b-8a71-6e165b98aed9";
const HOTLINE = "3ea77cfe-157d-4868-8398-799d2e1e6862";
/** A Kita open Monday to Friday 6:00-17:00. */
const KITA = "aa630dc9-899d-471d-a7ef-cd584e8d4223";

const PUBLIC_PAGES = [
  "/",
  "/?q=Beratung",
  `/?q=${encodeURIComponent("Schwangerschaftskonfliktberatungsstellenverzeichnisüberarbeitung Erziehungsberatung")}`,
  `/angebote/${LONG_NAME_AND_URL}`,
  `/angebote/${LONG_COMPOUNDS}`,
  `/angebote/${HOTLINE}`,
  "/merkliste",
  "/verzeichnis",
  "/verzeichnis?nach=handlungsfeld",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/gebaerdensprache",
  "/plan",
  "/anmelden",
];

/** At each width: the page loads and fails with the elements that stick out, so a failure says where to look. */
async function expectFitsPhones(page: Page, path: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBeLessThan(400);
    await expectNoSidewaysScroll(page, `${path} at ${width} px`);
  }
}

test("public pages fit a 320 and 375 px phone without sideways scrolling", async ({ page }) => {
  test.setTimeout(120_000);
  // The Merkliste with a long-named offer in it, as a resident would have it.
  await page.goto(`/angebote/${LONG_NAME_AND_URL}`);
  await page.getByRole("button", { name: /Auf die Merkliste/ }).click();
  for (const path of PUBLIC_PAGES) await expectFitsPhones(page, path);
});

/** Top of an element on the page; also proves the element is rendered. */
const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y;

test("@phone an offer page shows the ways to get in touch before the opening hours, hours collapsed", async ({ page }) => {
  await page.goto(`/angebote/${HOTLINE}`);
  const hours = page.locator("section", { has: page.getByRole("heading", { name: "Öffnungszeiten" }) });
  await expect(hours.locator("dt")).toHaveText(["täglich"]);
  await expect(hours.locator("dd")).toHaveText(["rund um die Uhr"]);
  // Seen first and read first: the tel: link is above and before the hours in the document.
  expect(await top(page, 'main a[href="tel:08001110111"]')).toBeLessThan(await top(page, "#offer-hours"));
  const order = await page.evaluate(() => {
    const tel = document.querySelector('main a[href^="tel:"]')!;
    return tel.compareDocumentPosition(document.getElementById("offer-hours")!) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();

  await page.goto(`/angebote/${KITA}`);
  await expect(hours.locator("dt")).toHaveText(["Mo–Fr"]);
  await expect(hours.locator("dd")).toHaveText(["6:00–17:00"]);
  expect(await top(page, 'main a[href^="tel:"]')).toBeLessThan(await top(page, "#offer-hours"));
  await expectNoAxeViolations(page);
});

async function firstLinkPath(page: Page, from: string, pattern: RegExp) {
  await page.goto(from);
  const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

async function checkSignedIn(browser: Browser, baseURL: string | undefined, email: string, paths: (page: Page) => Promise<string[]>) {
  const { context, page } = await signedIn(browser, baseURL, email);
  for (const path of await paths(page)) await expectFitsPhones(page, path);
  await context.close();
}

test("the provider's list and offer form fit a phone", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  await checkSignedIn(browser, baseURL, PROVIDER, async (page) => [
    "/meine-angebote",
    await firstLinkPath(page, "/meine-angebote", /\/meine-angebote\/[0-9a-f-]{36}\/bearbeiten$/),
  ]);
});

test("the review queue and the planners' pages fit a phone", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  await checkSignedIn(browser, baseURL, REVIEWER, async () => ["/pruefung", "/pruefung/angebote", "/planung", "/planung/plan"]);
});
