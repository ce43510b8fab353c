import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pdfPageSizes, REVIEWER, signedIn } from "./helpers";

// Issue 11's journey on the demo data: the planner assesses an indicator of "Stadtteilkonferenzen
// in allen sechs Planungsräumen etablieren" (HF1-7, a demo measure no other spec relies on) with a
// document, then prints the committee report, which names the assessment and its document.

const MEASURE = "Stadtteilkonferenzen in allen sechs Planungsräumen etablieren";
const INDICATOR = "Ergebnisprotokolle liegen vor";
const FILE = "Protokolle Stadtteilkonferenzen.pdf";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

test("the demo planner assesses an indicator with a document and prints the committee report that shows it", async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // two long pages for axe, on two shared cores
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: MEASURE }).click();
  const section = page.getByRole("region", { name: INDICATOR });
  await section.getByRole("radio", { name: "erfüllt", exact: true }).check();
  await section.getByLabel("Datum der Bewertung").fill("2026-11-30");
  await section.getByLabel("Notiz (optional)").fill("Protokolle aus allen sechs Planungsräumen");
  await section.getByLabel("Nachweis (optional)").setInputFiles({ name: FILE, mimeType: "application/pdf", buffer: PDF });
  await section.getByRole("button", { name: "Bewertung speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Bewertung ist gespeichert.");

  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Bericht für den Ausschuss" }).click();
  const row = page.getByRole("region", { name: /^Handlungsfeld 1: / }).getByRole("row").filter({ hasText: MEASURE });
  await expect(row).toContainText(`${INDICATOR} (erfüllt)`);
  await expect(row).toContainText(`„${INDICATOR}“: bewertet am 30.11.2026`);
  await expect(row).toContainText("Protokolle aus allen sechs Planungsräumen");
  const documentLink = row.getByRole("link", { name: `Dokument: ${FILE}` });
  expect((await context.request.get((await documentLink.getAttribute("href"))!)).status()).toBe(200);
  await expectNoAxeViolations(page);

  // Printing: navigation hidden, the assessment still there, A4 pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: /Konto/ })).toBeHidden();
  await expect(row).toContainText(`„${INDICATOR}“: bewertet am 30.11.2026`);
  const sizes = pdfPageSizes(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(sizes.length).toBeGreaterThanOrEqual(9);
  for (const size of sizes) expect(size).toEqual([595, 842]);

  // The CSV says the same.
  const csv = await (await context.request.get(`/planung/bericht.csv${new URL(page.url()).search}`)).text();
  expect(csv).toContain(`${INDICATOR}: bewertet am 30.11.2026, Protokolle aus allen sechs Planungsräumen, Dokument: ${FILE}`);
  await context.close();
});
