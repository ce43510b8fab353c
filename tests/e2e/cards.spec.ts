import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The result cards and the way from them and back: "Zurück zur Suche" returns to the search one
// came from (with and without JavaScript, never anywhere else), cards say how far and whether
// open, and Quick-Exit appears where it protects, in a row of its own that covers no text.

const QUICK_EXIT = "Seite sofort verlassen";
const firstResult = (page: Page) => page.locator("main li h3 a").first();

for (const javaScriptEnabled of [true, false]) {
  test(`"Zurück zur Suche" returns to the search with its query and filters (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL });
    const page = await context.newPage();
    const search = "/?q=Beratung&page=2&handlungsfeld=4&kostenlos=1"; // the order the site writes
    await page.goto(search);
    await firstResult(page).click();
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}\?suche=/);
    await page.getByRole("link", { name: "Zurück zur Suche" }).click();
    await expect(page).toHaveURL(new RegExp(`${search.replace(/[?]/g, "\\?")}$`));
    await expect(page.getByLabel("Wonach suchen Sie?")).toHaveValue("Beratung");
    await expect(page.getByRole("navigation", { name: "Seiten" }).locator('[aria-current="page"]')).toContainText("Seite 2");

    // The English site returns to the English search.
    await page.goto("/en?q=Pflege");
    await firstResult(page).click();
    await page.waitForURL(/\/en\/angebote\/[0-9a-f-]{36}\?suche=/);
    await page.getByRole("link", { name: "Back to search" }).click();
    await expect(page).toHaveURL(/\/en\?q=Pflege$/);
    await context.close();
  });
}

test("a crafted way back never leaves the site: it falls back to the search page", async ({ page }) => {
  await page.goto("/?q=Pflegestützpunkt");
  const offer = new URL((await firstResult(page).getAttribute("href"))!, "http://x").pathname;
  for (const value of ["//evil.example", "javascript:alert(1)", "https://evil.example/?q=Beratung", "/\\evil.example"]) {
    await page.goto(`${offer}?suche=${encodeURIComponent(value)}`);
    await expect(page.getByRole("link", { name: "Zurück zur Suche" })).toHaveAttribute("href", "/");
  }
  await page.goto(`${offer}?suche=${encodeURIComponent("q=Pflege&evil=//evil.example")}`);
  await expect(page.getByRole("link", { name: "Zurück zur Suche" })).toHaveAttribute("href", "/?q=Pflege");
});

test("cards say how far (German numbers), whether open, and 'ohne Adresse' for offers without a public place", async ({ page }) => {
  await page.goto("/?q=Beratung&ort=Karlstra%C3%9Fe&sort=entfernung");
  const cards = page.locator("main li");
  await expect(cards.first()).toContainText(/ · \d+,\d km entfernt/);
  await expect(cards.filter({ hasText: /jetzt geöffnet|geschlossen, öffnet (heute|Mo|Di|Mi|Do|Fr|Sa|So) \d{1,2}:\d\d/ }).first()).toBeVisible();
  await expect(page.getByText("stehen bei der Sortierung nach Entfernung am Ende")).toBeVisible();
  await expectNoAxeViolations(page);

  // The women's shelter stays in a distance sort, says "ohne Adresse" and never a distance.
  await page.goto("/?q=Frauenhaus&ort=Karlstra%C3%9Fe&sort=entfernung");
  const shelter = cards.filter({ hasText: "Frauenhaus Eisenach" });
  await expect(shelter).toContainText("ohne Adresse");
  await expect(shelter).not.toContainText("km entfernt");
});

test("Quick-Exit shows on protection offers and on searches that find one, not on other offers without an address", async ({ page }) => {
  for (const q of ["Frauenhaus", "Gewalt"]) {
    await page.goto(`/?q=${q}`);
    await expect(page.getByRole("link", { name: QUICK_EXIT })).toBeVisible();
  }
  // Not on a search without one, nor on the unsearched list of everything.
  for (const path of ["/?q=Pflegestützpunkt", "/"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: QUICK_EXIT })).toHaveCount(0);
  }
  await page.goto("/?q=Pflegetelefon");
  await firstResult(page).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pflegetelefon des Bundesfamilienministeriums");
  await expect(page.getByRole("link", { name: QUICK_EXIT })).toHaveCount(0);
});

/** The Quick-Exit link's box against every visible element with text of its own, and what lies under its row. */
function quickExitLayout() {
  const exit = [...document.querySelectorAll("a")].find((a) => a.textContent === "Seite sofort verlassen")!;
  const r = exit.getBoundingClientRect();
  const strip = exit.parentElement!;
  const overlapping = [...document.querySelectorAll("body *")]
    .filter((el) => !el.contains(exit) && !exit.contains(el) && el.getClientRects().length > 0)
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((el) => {
      const b = el.getBoundingClientRect();
      return b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom;
    })
    .map((el) => el.outerHTML.slice(0, 80));
  // Across the whole width at the button's height, only the Quick-Exit row is to be seen.
  const y = r.top + r.height / 2;
  const showingThrough = [];
  for (let x = 1; x < window.innerWidth; x += 8) {
    const el = document.elementFromPoint(x, y);
    if (el && !strip.contains(el)) showingThrough.push(`${x}: ${el.outerHTML.slice(0, 60)}`);
  }
  return { overlapping, showingThrough, top: r.top, bottom: r.bottom };
}

for (const path of ["/?q=Gewalt", "/?q=Frauenhaus"]) {
  test(`on a phone (375 px) Quick-Exit covers no text, at rest and while scrolling: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    if (path.endsWith("Frauenhaus")) {
      await firstResult(page).click(); // the shelter's own page
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frauenhaus Eisenach");
    }
    const atRest = await page.evaluate(quickExitLayout);
    expect(atRest.overlapping).toEqual([]);
    expect(atRest.showingThrough).toEqual([]);

    for (const share of [0.3, 0.6, 1]) {
      await page.evaluate((s) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * s), share);
      const scrolled = await page.evaluate(quickExitLayout);
      expect(scrolled.top, "still in reach at the top").toBeGreaterThanOrEqual(0);
      expect(scrolled.bottom).toBeLessThan(120);
      expect(scrolled.showingThrough).toEqual([]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page);
  });
}

test("reviewers see and set the protection mark in the offer form; providers do not get it", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await reviewer.page.goto("/pruefung/angebote");
  await reviewer.page.getByLabel("Angebot oder Träger").fill("Frauenhaus");
  await reviewer.page.getByRole("button", { name: "Suchen" }).click();
  await reviewer.page.getByRole("link", { name: /^Bearbeiten: Frauenhaus Eisenach/ }).click();
  await expect(reviewer.page.getByRole("group", { name: "Schutz (nur Prüfstelle)" })).toBeVisible();
  await expect(reviewer.page.getByLabel(/^Schutzangebot/)).toBeChecked();
  await expectNoAxeViolations(reviewer.page);
  await reviewer.context.close();

  const provider = await signedIn(browser, baseURL, PROVIDER);
  await provider.page.goto("/meine-angebote");
  await provider.page.getByRole("link", { name: /^Bearbeiten/ }).first().click();
  await expect(provider.page.getByRole("heading", { level: 1 })).toContainText("Angebot bearbeiten");
  await expect(provider.page.getByLabel(/^Schutzangebot/)).toHaveCount(0);
  await provider.context.close();
});
