import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { HOSTILE_VALUES, urlValue } from "../setup/hostile-values";
import { inParallel, problemsOf } from "./hostile-checks";
import { expectNoAxeViolations, NETWORK_PARTNER, pdfPageSizes, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The committee report on the demo data: the period "Fachspezifischer integrierter Plan
// 2021–2022", six Handlungsfelder, invented need data (source "Demo-Daten (erfunden)"), and the
// Frauenhaus, whose place (a placeholder address) is stored for planners only.

const PERIOD = "5fe2df37-bad1-438c-aacb-4c3e09516e3b";
const KATALOG = "Einen digitalen Angebotskatalog erarbeiten";
const HIDDEN_ADDRESS = "Platzhalter, nicht die echte Adresse";
/** Today in Eisenach as the page writes it ("05.12.2026"). */
const today = () => new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium" }).format(new Date());

test("a planner opens the report from the plan: Stichtag, sources, one section per Handlungsfeld", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // a long page for axe, on two shared cores
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Bericht für den Ausschuss" }).click();
  await expect(page).toHaveURL(new RegExp(`/planung/bericht\\?zeitraum=${PERIOD}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bericht für den Ausschuss");
  await expect(page.locator("dt:text-is('Stichtag') + dd")).toContainText(today());
  await expect(page.getByText(`Angebotskatalog, Stand ${today()}`)).toBeVisible();
  await expect(page.getByText(/^Einwohner \(\d{4}\): Demo-Daten \(erfunden\)/)).toBeVisible();
  await expect(page.getByText(/^Plan: Stadtratsbeschluss StR\/0229\/2020/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Handlungsfeld \d: / })).toHaveCount(6);
  const hf4 = page.getByRole("region", { name: "Handlungsfeld 4: Beratung, Unterstützung und Information" });
  await expect(hf4.getByRole("table", { name: "Angebote im Handlungsfeld Beratung, Unterstützung und Information je Planungsraum" }).getByRole("row")).toHaveCount(9);
  const katalog = hf4.getByRole("row").filter({ hasText: KATALOG });
  await expect(katalog).toContainText("in Umsetzung");
  await expect(katalog).toContainText("KWIS-Lizenzen sind erworben (noch nicht bewertet)");
  await expect(katalog).toContainText("Der Erwerb von KWIS-Lizenzen ist nicht belegt");
  await expect(page.getByRole("table", { name: "Geplante und ausgegebene Beträge je Handlungsfeld" })).toBeVisible();
  expect(await page.content()).not.toContain(HIDDEN_ADDRESS);
  await expectNoAxeViolations(page);

  await context.close();
});

test("in print the report loses navigation and form, and each part starts an A4 page of its own", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/bericht");
  await page.emulateMedia({ media: "print" });
  // The page's own print stylesheet sets A4 (210 x 297 mm, 595 x 842 pt): Chromium's "A4" format alone rounds to 596 x 843.
  const sizes = pdfPageSizes(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  for (const size of sizes) expect.soft(size).toEqual([595, 842]);
  // The Planungsräume, each of the six Handlungsfelder and the funding start pages of their own.
  const parts = page.locator("section[aria-labelledby='report-areas'], section[aria-labelledby^='bericht-hf-'], section[aria-labelledby='report-funding']");
  expect.soft(await parts.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore))).toEqual(Array(8).fill("page"));
  expect.soft(sizes.length).toBeGreaterThanOrEqual(9);
  await expect(page.getByRole("navigation", { name: /Konto/ })).toBeHidden();
  await expect(page.getByRole("banner").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Anzeigen" })).toBeHidden();
  await expect(page.getByRole("link", { name: /CSV/ })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Handlungsfeld 6: Dialog der Generationen" })).toBeVisible();
  await context.close();
});

test("the report works without JavaScript: from /planung, another period picked by the form", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.goto("/planung");
  await page.getByRole("link", { name: "Bericht für den Ausschuss" }).click();
  await expect(page.getByText("Strg+P")).toBeVisible();
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`zeitraum=${PERIOD}`));
  await expect(page.getByRole("row").filter({ hasText: KATALOG })).toBeVisible();
  await context.close();
});

test("the report's CSV downloads for German Excel with the Stichtag on every line", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/bericht");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ausschussbericht-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("Stichtag;Planungszeitraum;Teil;Handlungsfeld;Planungsraum;Kennzahl;Wert;Jahr;Nr.;Handlungsziel;Indikatoren;Zeitraum;Status;Nachweis;Angebote;geplant (EUR);ausgegeben (EUR)");
  expect(lines[1]).toBe(`${today()};Fachspezifischer integrierter Plan 2021–2022;Quelle;;;Angebote;Angebotskatalog, Stand ${today()};`);
  expect(lines.some((l) => l.includes(`;Maßnahme;4. Beratung, Unterstützung und Information;;;;;HF4-4;${KATALOG};`))).toBe(true);
  expect(lines.join("\n")).not.toContain(HIDDEN_ADDRESS);
  await context.close();
});

test("providers and network partners get a 404 on the report and its CSV", async ({ browser, baseURL, request }) => {
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of ["/planung/bericht", "/planung/bericht.csv"]) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/bericht.csv")).status()).toBe(404);
});

test("a planner's report and CSV keep the offers' planner-only texts and the hidden address out, whatever the period parameter", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { context } = await signedIn(browser, baseURL, REVIEWER);
  // The report is for the committee: problemsOf's public rules (no hidden address, no offer's planner fields) hold for it too.
  const urls = ["/planung/bericht", "/planung/bericht.csv", ...HOSTILE_VALUES.flatMap((v) => [`/planung/bericht?zeitraum=${urlValue(v)}`, `/planung/bericht.csv?zeitraum=${urlValue(v)}`])];
  const problems = await inParallel(urls.map((url) => async () => problemsOf(`planner GET ${url.slice(0, 120)}`, await context.request.get(url, { maxRedirects: 0 }))));
  expect(problems.flat()).toEqual([]);
  // An unknown period is a 404, a malformed one falls back to the current period.
  expect((await context.request.get(`/planung/bericht?zeitraum=${crypto.randomUUID()}`)).status()).toBe(404);
  expect((await context.request.get("/planung/bericht.csv?zeitraum=kaputt")).status()).toBe(200);
  await context.close();
});
