import { expect, test } from "@playwright/test";
import { actionFields, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// Planners upload need data at /planung/daten; everyone else finds no such page. Runs in parallel
// with the other specs on one demo site: the upload writes a year no other view reads as the
// latest (2010), so coverage figures elsewhere stay as seeded.

const UPLOAD = "Datei (höchstens 5 MB)";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a planner uploads a CSV and sees the summary; a broken file is refused with row and column", async ({ browser, baseURL }) => {
    const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
    await page.goto("/planung/daten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedarfsdaten der Planungsräume");
    await expect(page.getByRole("heading", { name: "Nord / Nordwest" })).toBeVisible();

    const csv = "\uFEFFPlanungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\nOrtsteile;2010;0;2;1.123;E2E-Prüfdatei\n";
    await page.getByLabel(UPLOAD).setInputFiles({ name: "bevoelkerung.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
    const status = page.getByRole("status");
    await expect(status).toContainText("Übernommen: bevoelkerung.csv");
    await expect(status).toContainText("Bevölkerung: 1 Zeile");
    await expect(status).toContainText("Planungsräume: Ortsteile");
    await expect(page.getByRole("region", { name: "Ortsteile" }).getByRole("row", { name: /2010/ })).toContainText("E2E-Prüfdatei");

    const broken = "Planungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\nOrtsteile;2010;0;2;zwölf;E2E\nAtlantis;2010;3;5;7;E2E\n";
    await page.getByLabel(UPLOAD).setInputFiles({ name: "kaputt.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Nichts übernommen. Die Datei enthält 2 Fehler");
    await expect(alert).toContainText("Zeile 2, Spalte Anzahl: 'zwölf' ist keine Zahl");
    await expect(alert).toContainText("Zeile 3, Spalte Planungsraum: 'Atlantis' ist kein bekannter Planungsraum");
    await context.close();
  });

  test("the form takes files over the site's usual 1 MB up to 5 MB, and refuses larger ones", async ({ browser, baseURL }) => {
    const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
    await page.goto("/planung/daten");
    const header = "Planungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\n";
    const twoMb = `${header}Ortsteile;2010;3;5;7;${"x".repeat(2 * 1024 * 1024)}\n`;
    await page.getByLabel(UPLOAD).setInputFiles({ name: "gross.csv", mimeType: "text/csv", buffer: Buffer.from(twoMb) });
    await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
    await expect(page.getByRole("alert")).toContainText("Zeile 2, Spalte Quelle: Text länger als 300 Zeichen");

    await page.getByLabel(UPLOAD).setInputFiles({ name: "zu-gross.csv", mimeType: "text/csv", buffer: Buffer.from(header + "x".repeat(6 * 1024 * 1024)) });
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Hochladen und prüfen" }).click()]);
    expect(response.status()).toBe(413);
    await expect(page.locator("body")).toContainText("Die Datei ist zu groß (höchstens 5 MB).");
    await context.close();
  });
});

test("/planung/daten passes axe for planners and does not exist for providers and network partners", async ({ browser, baseURL }) => {
  const planner = await signedIn(browser, baseURL, REVIEWER);
  await planner.page.goto("/planung/daten");
  await expect(planner.page.getByRole("heading", { name: "Zahlen je Planungsraum" })).toBeVisible();
  await expectNoAxeViolations(planner.page);
  await planner.context.close();

  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const other = await signedIn(browser, baseURL, email);
    const response = await other.page.goto("/planung/daten");
    expect(response?.status(), email).toBe(404);
    await expect(other.page.getByLabel(UPLOAD)).toHaveCount(0);
    await other.context.close();
  }
});

test("a provider who posts the planners' upload form changes nothing", async ({ browser, baseURL }) => {
  const planner = await signedIn(browser, baseURL, REVIEWER);
  const fields = await actionFields(planner.context.request, "/planung/daten");
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const csv = "Planungsraum;Jahr;Alter von;Alter bis;Anzahl;Quelle\nOrtsteile;2011;0;2;999;Von einem Träger\n";
  const response = await provider.context.request.post("/planung/daten", {
    headers: { Origin: baseURL! },
    multipart: { ...fields, file: { name: "b.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  await planner.page.goto("/planung/daten");
  await expect(planner.page.getByRole("region", { name: "Ortsteile" })).not.toContainText("Von einem Träger");
  await Promise.all([planner.context.close(), provider.context.close()]);
});
