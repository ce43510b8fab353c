import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The planners' area on the demo data: /planung, the coverage matrix, a cell's offers and the CSV.
// Known cell (seed): Nord / Nordwest x Handlungsfeld 6 "Dialog der Generationen" holds six local
// offers (four in the district, two outreach), with 40 places stated by one of them.

const PLANNING_PATHS = ["/planung", "/planung/profil.csv", "/planung/abdeckung", "/planung/abdeckung?achse=lebensphase", "/planung/abdeckung/angebote?raum=nord&begriff=6", "/planung/abdeckung.csv", "/planung/luecken", "/planung/luecken.csv"];

test("a planner reads the coverage matrix, opens a cell's offers and downloads the CSV", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.getByRole("link", { name: "Planung", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planung");
  await expect(page.getByRole("table")).toContainText("Stadt gesamt");
  await expectNoAxeViolations(page);
  const [profile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Überblick als CSV/ }).click()]);
  const profileCsv = await readFile((await profile.path())!);
  expect([...profileCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(profileCsv.toString("utf8")).toMatch(/^\uFEFFPlanungsraum;Einwohner \d{4};Angebote;/);
  expect(profileCsv.toString("utf8")).toMatch(/\r\nStadt gesamt;\d+;\d+;/);
  // Every planners' page is reachable from here, none only by typing its address.
  for (const link of ["Daten", "Suchanfragen", "Lücken"]) await expect(page.getByRole("link", { name: link, exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Abdeckung", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abdeckung");
  await expectNoAxeViolations(page);
  const table = page.getByRole("table", { name: /Abdeckung nach Planungsraum/ });
  await expect(table.getByRole("columnheader", { name: "Dialog der Generationen" })).toBeVisible();
  const nord = table.getByRole("row", { name: /^Nord \/ Nordwest/ });
  const cell = nord.getByRole("cell").nth(5);
  await expect(cell).toContainText("6 Angebote");
  await expect(cell).toContainText("Plätze: 40");
  await expect(cell).toContainText("keine Angabe bei 5 von 6 Angeboten");
  // A district without any local offer is a gap, in words and not only by colour.
  await expect(table.getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first()).toContainText("Lücke: kein Angebot");

  await cell.getByRole("link", { name: "6 Angebote" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nord / Nordwest: Dialog der Generationen");
  await expect(page.getByRole("status")).toHaveText("6 Angebote");
  await expect(page.getByRole("link", { name: "Besuchsdienst „Zeit schenken“" })).toBeVisible();

  // The GET form: the filter lands in the URL, and the CSV link carries it along.
  await page.goto("/planung/abdeckung");
  await page.getByLabel("nur kostenlose Angebote").check();
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/kostenlos=1/);
  await expect(page.getByLabel("nur kostenlose Angebote")).toBeChecked();
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", /^\/planung\/abdeckung\.csv\?.*kostenlos=1/);

  await page.goto("/planung/abdeckung");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain("Planungsraum;Handlungsfeld;Angebote;Plätze;");
  expect(csv).toContain("Nord / Nordwest;Dialog der Generationen;6;40;5;");
  await context.close();
});

test("providers and network partners get a 404 on every planning page and the CSV, signed-out visitors on the CSV", async ({ browser, baseURL, request }) => {
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context, page } = await signedIn(browser, baseURL, email);
    await expect(page.getByRole("link", { name: "Planung", exact: true })).toHaveCount(0);
    for (const path of PLANNING_PATHS) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/abdeckung.csv")).status()).toBe(404);
  expect((await request.get("/planung/profil.csv")).status()).toBe(404);
});
