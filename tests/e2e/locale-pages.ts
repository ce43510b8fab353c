// The page types the language checks visit (issue 12: "every page type in each locale"), shared by
// locales-a11y.spec.ts and locales-layout.spec.ts. Paths are the German ones; `inLocale` prefixes them.
import { expect, type Browser, type Page } from "@playwright/test";
import { SUPPORTED_LOCALES } from "../../i18n/locales";
import { PROVIDER, REVIEWER, signedIn } from "./helpers";

export const LOCALES = SUPPORTED_LOCALES;

/** Demo offers (prisma/seed/offers): a hotline (phones, round-the-clock hours) and a women's shelter (hidden address). */
export const HOTLINE = "3ea77cfe-157d-4868-8398-799d2e1e6862";
export const HIDDEN_ADDRESS = "7d2b7a36-5553-43a4-81a4-ab12453d9ac2";

export type PageType = { name: string; path: string; status?: number };

export const RESIDENT_PAGES: PageType[] = [
  { name: "start page", path: "/" },
  { name: "search results", path: "/?q=Beratung" },
  { name: "no results", path: "/?q=Schulden&sprache=pl&lebensphase=jugend&kostenlos=1" },
  { name: "offer page", path: `/angebote/${HOTLINE}` },
  { name: "offer page with a hidden address", path: `/angebote/${HIDDEN_ADDRESS}` },
  { name: "Merkliste", path: "/merkliste" },
  { name: "directory", path: "/verzeichnis" },
  { name: "Leichte Sprache page", path: "/leichte-sprache" },
  { name: "public plan", path: "/plan" },
  { name: "accessibility statement", path: "/barrierefreiheit" },
  { name: "imprint", path: "/impressum" },
  { name: "privacy", path: "/datenschutz" },
  { name: "sign-language page", path: "/gebaerdensprache" },
  { name: "sign-in page", path: "/anmelden" },
  // An offer that does not exist: the locale's own not-found page (app/[locale]/not-found.tsx). An
  // address no route matches gets Next's built-in 404 instead (see the note there).
  { name: "not found", path: "/angebote/00000000-0000-4000-8000-000000000000", status: 404 },
];

/** "/?q=x" in Arabic is "/ar?q=x"; German has no prefix. */
export const inLocale = (locale: string, path: string) => (locale === "de" ? path : `/${locale}${path.replace(/^\/(?=\?|$)/, "")}`);

/** Opens `path` and checks the answer's status (200, or the page type's own, e.g. 404). */
export async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect.soft(response?.status(), path).toBe(status);
}

/** Puts the hotline on the Merkliste (kept in the browser's storage), so the Merkliste page has an entry to show. */
export async function fillMerkliste(page: Page, locale: string) {
  await page.goto(inLocale(locale, `/angebote/${HOTLINE}`));
  // The offer's add button is the page's first plain button (the report form's is a submit button).
  await page.locator('main button[type="button"]').first().click();
  await page.goto(inLocale(locale, "/merkliste"));
  await expect(page.locator("main ol > li")).toHaveCount(1);
}

/**
 * The staff pages residents' languages reach too (they fall back to German text): a provider's list
 * and offer form, the review list and the planning overview, each in the staff member's own context.
 */
export const STAFF = [
  { email: PROVIDER, pages: async (page: Page, locale: string) => [inLocale(locale, "/meine-angebote"), await offerFormPath(page, locale)] },
  { email: REVIEWER, pages: async (_page: Page, locale: string) => [inLocale(locale, "/pruefung"), inLocale(locale, "/planung")] },
];

async function offerFormPath(page: Page, locale: string) {
  await page.goto(inLocale(locale, "/meine-angebote"));
  const href = await page.locator('main a[href*="/bearbeiten"]').first().getAttribute("href");
  expect(href).toMatch(/\/meine-angebote\/[0-9a-f-]{36}\/bearbeiten$/);
  return href!;
}

/** Runs `check` on each staff page in `locale`, signed in as the account that sees it. */
export async function forEachStaffPage(browser: Browser, baseURL: string | undefined, locale: string, check: (page: Page, path: string) => Promise<void>) {
  for (const staff of STAFF) {
    const { context, page } = await signedIn(browser, baseURL, staff.email);
    for (const path of await staff.pages(page, locale)) {
      await open(page, path);
      await check(page, path);
    }
    await context.close();
  }
}
