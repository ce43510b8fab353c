import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The demand signal at /planung/suchanfragen: a resident's search without results shows up for the
// planners, as a table and as CSV for German Excel; for everyone else the page and the CSV do not exist.

const CSV = "/planung/suchanfragen.csv";

test("a resident's search without results reaches the planners' tables and CSV", async ({ browser, baseURL }) => {
  // A made-up word, new on every run (the demo site may be reused), typed with capitals and blanks.
  const word = `Quokkaflöte${randomBytes(4).toString("hex")}`;
  const resident = await browser.newContext({ baseURL });
  const search = await resident.newPage();
  await search.goto(`/?q=${encodeURIComponent(`  ${word.toUpperCase()} `)}`);
  await expect(search.getByText("Keine Angebote gefunden")).toBeVisible();
  await resident.close();

  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/suchanfragen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suchanfragen ohne oder mit wenigen Treffern");
  await expect(page.getByText(/Suchanfragen werden nach 180 Tagen gelöscht/)).toBeVisible();
  const terms = page.getByRole("table", { name: /Nach Suchbegriff/ });
  await expect(terms.getByRole("row", { name: new RegExp(word.toLowerCase()) })).toContainText("100");
  await expect(page.getByRole("table", { name: "Nach Monat" }).getByRole("row")).not.toHaveCount(1);
  await expectNoAxeViolations(page);

  // The GET form narrows to 1-2 results: the word found nothing, so it disappears.
  await page.getByLabel("Treffer").selectOption("wenige");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/ergebnisse=wenige/);
  await expect(terms.getByRole("row", { name: new RegExp(word.toLowerCase()) })).toHaveCount(0);

  const response = await context.request.get(`${CSV}?tabelle=begriffe`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("Suchbegriff;Suchanfragen;Anteil ohne Treffer (%);Zuletzt gesucht");
  expect(lines.find((l) => l.startsWith(`${word.toLowerCase()};`))).toMatch(/^[^;]+;\d+;100;\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
  const months = (await (await context.request.get(`${CSV}?tabelle=monate&monate=3`)).text()).split("\r\n");
  expect(months[0]).toBe("\uFEFFMonat;Ohne Treffer;1–2 Treffer");
  expect((await context.request.get(`${CSV}?tabelle=unbekannt`)).status()).toBe(404);
  await context.close();
});

test("providers, network partners and anonymous visitors find neither the page nor the CSV", async ({ browser, baseURL, request }) => {
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context, page } = await signedIn(browser, baseURL, email);
    expect((await page.goto("/planung/suchanfragen"))?.status(), email).toBe(404);
    expect((await context.request.get(`${CSV}?tabelle=begriffe`)).status(), email).toBe(404);
    await context.close();
  }
  expect((await request.get(`${CSV}?tabelle=begriffe`)).status()).toBe(404);
  expect((await request.get(`/en${CSV}?tabelle=filter`)).status()).toBe(404);
});
