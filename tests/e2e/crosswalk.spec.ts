// The reviewers' crosswalk page for foreign HSDS feeds (issue 15), without JavaScript: add a row
// (a refused one names the field and keeps what was typed), upload a CSV (a wrong line is named,
// nothing is taken), delete. Providers and network partners get no page, and a provider posting
// the upload form changes nothing.
import { expect, test } from "@playwright/test";
import { actionFields, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

const PATH = "/pruefung/zuordnungen";
const UPLOAD = "CSV-Datei (höchstens 1 MB)";

test("a reviewer adds, uploads and deletes crosswalk rows (no JavaScript)", async ({ browser, baseURL }) => {
  const taxonomy = `Lebensphasen E2E ${Date.now().toString(36)}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.getByRole("link", { name: "Zuordnungen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zuordnungen für fremde Daten");

  // Refused: no term. The field is named and the taxonomy typed stays.
  await page.getByLabel("Fremde Taxonomie (Name oder ID)").fill(taxonomy);
  await page.getByRole("button", { name: "Zuordnung speichern" }).click();
  await expect(page.locator("#crosswalk-term-error")).toHaveText("Bitte ausfüllen.");
  await expect(page.getByLabel("Fremde Taxonomie (Name oder ID)")).toHaveValue(taxonomy);

  await page.getByLabel("Fremder Begriff (Code oder Name)").fill("Ältere Menschen");
  await page.getByLabel("Begriff im Katalog").selectOption({ label: "Lebensphase: Seniorinnen und Senioren (65+)" });
  await page.getByRole("button", { name: "Zuordnung speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Zuordnung ist gespeichert.");
  const row = page.getByRole("row", { name: new RegExp(taxonomy) });
  await expect(row).toContainText("Ältere Menschen");
  await expect(row).toContainText("Lebensphase: Seniorinnen und Senioren (65+)");

  // A file with a wrong line is refused whole, naming line and column.
  const broken = `taxonomy,term,target\n${taxonomy},Jugendliche,lebensphase:jugend\n${taxonomy},Familien,lebensphase:familie\n`;
  await page.getByLabel(UPLOAD).setInputFiles({ name: "kaputt.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Hochladen" }).click();
  await expect(page.getByRole("alert")).toContainText("Zeile 3, Spalte target: Diesen Begriff gibt es im Katalog nicht.");
  await page.goto(PATH);
  await expect(page.getByRole("row", { name: /Jugendliche/ })).toHaveCount(0);

  const good = `taxonomy;term;target\n${taxonomy};Jugendliche;lebensphase:jugend\n`;
  await page.getByLabel(UPLOAD).setInputFiles({ name: "gut.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Hochladen" }).click();
  await expect(page.getByRole("status")).toHaveText("1 Zuordnung übernommen.");
  await page.goto(PATH);
  await expect(page.getByRole("row", { name: new RegExp(`${taxonomy}.*Jugendliche`) })).toContainText("Lebensphase: Jugendliche und junge Erwachsene");

  for (const term of ["Ältere Menschen", "Jugendliche"]) {
    await page.getByRole("button", { name: `Zuordnung löschen: ${taxonomy} / ${term}` }).click();
    await expect(page.getByRole("status")).toHaveText("Die Zuordnung ist gelöscht.");
  }
  await expect(page.getByRole("row", { name: new RegExp(taxonomy) })).toHaveCount(0);
  await context.close();
});

test("the crosswalk page passes axe and does not exist for providers and network partners", async ({ browser, baseURL }) => {
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await reviewer.page.goto(PATH);
  await expectNoAxeViolations(reviewer.page);
  await reviewer.context.close();

  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const other = await signedIn(browser, baseURL, email);
    const response = await other.page.goto(PATH);
    expect(response?.status(), email).toBe(404);
    await expect(other.page.getByLabel(UPLOAD)).toHaveCount(0);
    await expect(other.page.getByRole("link", { name: "Zuordnungen", exact: true })).toHaveCount(0);
    await other.context.close();
  }
});

test("a provider who posts the reviewers' upload form changes nothing", async ({ browser, baseURL }) => {
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const fields = await actionFields(reviewer.context.request, PATH, 'id="crosswalk-upload"');
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const csv = "taxonomy,term,target\nVon einem Träger,AEM,lebensphase:senioren\n";
  const response = await provider.context.request.post(PATH, {
    headers: { Origin: baseURL! },
    multipart: { ...fields, file: { name: "b.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  await reviewer.page.goto(PATH);
  await expect(reviewer.page.locator("body")).not.toContainText("Von einem Träger");
  await Promise.all([reviewer.context.close(), provider.context.close()]);
});
