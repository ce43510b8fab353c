import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { UPLOADED_FILE_POLICY } from "../../server/http/security-headers";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// Indicator assessments with evidence on the demo data's "Einen Pflegestützpunkt in Eisenach
// aufbauen" (HF 4; no other spec relies on its indicators). The JavaScript test takes "Konzept
// liegt vor", the one without JavaScript "Vergabeverfahren hat stattgefunden".

const MEASURE = "Einen Pflegestützpunkt in Eisenach aufbauen";
/** A tiny but real PDF, made here. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const HTML_AS_PDF = { name: "Nachweis.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") };

async function openMeasure(page: Page) {
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: MEASURE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`HF4-2 ${MEASURE}`);
}

/** Fills one indicator's form (the file last: a refused form keeps everything else). */
async function fill(page: Page, indicator: string, fields: { note: string; file: Parameters<Page["setInputFiles"]>[1] }) {
  const section = page.getByRole("region", { name: indicator });
  await section.getByRole("radio", { name: "erfüllt", exact: true }).check();
  await section.getByLabel("Datum der Bewertung").fill("2026-11-30");
  await section.getByLabel("Notiz (optional)").fill(fields.note);
  await section.getByLabel("Nachweis (optional)").setInputFiles(fields.file);
  await section.getByRole("button", { name: "Bewertung speichern" }).click();
  return section;
}

test("the demo planner assesses an indicator with a PDF, finds it in the history and downloads it; others get 404", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await openMeasure(page);
  await expect(page.getByText("4. Beratung, Unterstützung und Information")).toBeVisible();
  await expect(page.getByText("verzögert")).toBeVisible();
  await expectNoAxeViolations(page);

  // A ".pdf" that is HTML: refused next to the field, the note kept.
  let section = await fill(page, "Konzept liegt vor", { note: "Konzept der Stadt vom November", file: HTML_AS_PDF });
  await expect(section.getByText("Diese Datei ist kein PDF, PNG, JPEG oder WebP (geprüft am Inhalt, nicht am Namen).")).toBeVisible();
  await expect(section.getByLabel("Notiz (optional)")).toHaveValue("Konzept der Stadt vom November");
  await expect(section.getByLabel("Nachweis (optional)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  // Over 10 MB, and more than the page takes at all (16 MB): named before anything is sent.
  await section.getByLabel("Nachweis (optional)").setInputFiles({ name: "gross.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(17 * 1024 * 1024)]) });
  await section.getByRole("button", { name: "Bewertung speichern" }).click();
  await expect(section.getByText("Die Datei ist zu groß (höchstens 10 MB).")).toBeVisible();

  section = await fill(page, "Konzept liegt vor", { note: "Konzept der Stadt vom November", file: { name: "Konzept Pflegestützpunkt.pdf", mimeType: "application/pdf", buffer: PDF } });
  await expect(page.getByRole("status")).toHaveText("Die Bewertung ist gespeichert.");
  await expect(section).toContainText("Stand: erfüllt");
  const newest = section.getByRole("table", { name: "Bewertungen des Indikators „Konzept liegt vor“, neueste zuerst" }).getByRole("row").nth(1);
  await expect(newest).toContainText("30.11.2026");
  await expect(newest).toContainText("Konzept der Stadt vom November");
  await expect(newest).toContainText("Demo: Sozialplanung der Stadt");
  const link = newest.getByRole("link", { name: /^Konzept Pflegestützpunkt\.pdf herunterladen/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Konzept Pflegestützpunkt.pdf");
  expect(await readFile((await download.path())!)).toEqual(PDF);
  await expectNoAxeViolations(page);

  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/planung\/plan\/nachweise\/[0-9a-f-]{36}\.pdf$/);
  const answer = await context.request.get(href);
  expect(answer.headers()).toMatchObject({ "content-type": "application/pdf", "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
  expect(answer.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(answer.headers()["content-security-policy"]).toBe(UPLOADED_FILE_POLICY);
  // The plan view shows the new state and links the measure.
  await page.goto("/planung/plan");
  await expect(page.getByRole("row").filter({ hasText: MEASURE })).toContainText("Konzept liegt vor (erfüllt)");
  const pagePath = new URL((await page.getByRole("link", { name: MEASURE }).getAttribute("href"))!, baseURL).pathname;

  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const other = await signedIn(browser, baseURL, email);
    for (const path of [pagePath, href]) expect((await other.context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await other.context.close();
  }
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get(href)).status()).toBe(404);
  await anonymous.close();
  await context.close();
});

test("without JavaScript: a wrong type and a file over 10 MB get a message next to the field, then the assessment is stored", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await openMeasure(page);
  const indicator = "Vergabeverfahren hat stattgefunden";
  for (const [file, message] of [
    [HTML_AS_PDF, "Diese Datei ist kein PDF"],
    [{ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) }, "Die Datei ist zu groß (höchstens 10 MB)."],
  ] as const) {
    const section = await fill(page, indicator, { note: "Vergabe abgeschlossen", file });
    await expect(section.getByText(message)).toBeVisible();
    await expect(section.getByLabel("Notiz (optional)")).toHaveValue("Vergabe abgeschlossen");
    await expect(section.getByLabel("Datum der Bewertung")).toHaveValue("2026-11-30");
  }
  const section = await fill(page, indicator, { note: "Vergabe abgeschlossen", file: [] });
  await expect(page.getByRole("status")).toHaveText("Die Bewertung ist gespeichert.");
  await expect(section.getByRole("table").getByRole("row").nth(1)).toContainText("Vergabe abgeschlossen");
  await context.close();
});
