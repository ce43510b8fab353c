import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { actionFormsWithInputs, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The plan's finances and the Mikroprojekte register on the demo data: the period has Stufe 3
// with a cap of 350.000,00 €, the 2021 Mikroprojekte a budget of 15.000,00 € and four demo
// projects (850 + 980 + 600 + 1.000 €). The demo measures (prisma/seed/plan-demo.ts) plan
// 159.500,00 € and have spent 81.700,00 €; the real ones have no amounts.

const KATALOG = "HF4-4 Einen digitalen Angebotskatalog erarbeiten";

test("a planner enters a measure's amounts in German notation and sees the summary, the cap warning and the CSV", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Finanzen des Plans" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finanzen des Plans");
  await expect(page.getByText("Förderstufe: Stufe 3 · Obergrenze: 350.000,00 € · Land 70 % / Kommune 30 %")).toBeVisible();
  await expectNoAxeViolations(page);

  const measure = page.getByRole("region", { name: KATALOG });
  await measure.getByLabel("Geplant (EUR)").fill("360.000,50");
  await measure.getByLabel("Ausgegeben (EUR)").fill("1.234,56");
  await measure.getByRole("button", { name: "Beträge speichern" }).click();
  await expect(page).toHaveURL(/gespeichert=1/);
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  await expect(page.getByRole("region", { name: KATALOG })).toContainText("geplant 360.000,50 €, ausgegeben 1.234,56 €");
  const summary = page.getByRole("table", { name: "Geplante und ausgegebene Beträge je Handlungsfeld" });
  await expect(summary.getByRole("row", { name: /^Gesamt / })).toContainText("519.500,50 €");
  // 70 % of 519.500,50 € for the Land, the rest for the Kommune.
  await expect(summary.getByRole("row", { name: /^Gesamt / })).toContainText("363.650,35 €");
  await expect(summary.getByRole("row", { name: /^Gesamt / })).toContainText("155.850,15 €");
  await expect(page.getByText("Achtung: Die geplanten Beträge (519.500,50 €) überschreiten die Obergrenze (350.000,00 €) um 169.500,50 €.")).toBeVisible();
  await expect(page.getByRole("table", { name: /letzten Änderungen/ })).toContainText("360.000,50 €");
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  expect(csv).toContain("Planungszeitraum;Handlungsfeld;geplant (EUR);davon Land (EUR);davon Kommune (EUR);ausgegeben (EUR);");
  expect(csv).toContain(";Gesamt;519500,50;363650,35;155850,15;82934,56;350000,00;70;geplant\r\n");

  // A German amount the page cannot read is refused next to its field.
  const again = page.getByRole("region", { name: KATALOG });
  await again.getByLabel("Geplant (EUR)").fill("12,345");
  await again.getByRole("button", { name: "Beträge speichern" }).click();
  await expect(again.getByText("Bitte einen Betrag in Euro eingeben, z. B. 1.234,56.")).toBeVisible();
  await context.close();
});

test("a planner without JavaScript is told next to the field that a Mikroprojekt over 1.000 € is not fundable", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.goto("/planung");
  await page.getByRole("link", { name: "Mikroprojekte", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mikroprojekte");
  await expect(page.getByText("Summe 2021: 3.430,00 € von 15.000,00 € geplantem Budget")).toBeVisible();

  await page.getByLabel("Titel").fill("Hoftheater für Groß und Klein");
  await page.getByLabel("Empfänger").fill("Theaterverein Nord");
  await page.getByLabel("Handlungsfeld").selectOption({ index: 1 });
  await page.getByLabel("Betrag (EUR)").fill("1.000,01");
  await page.getByLabel("Datum (Antrag oder Bewilligung)").fill("2021-08-01");
  await page.getByRole("button", { name: "Mikroprojekt speichern" }).click();
  const amount = page.getByLabel("Betrag (EUR)");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toHaveValue("1.000,01");
  await expect(page.locator("#mikro-amount-error")).toHaveText("Mikroprojekte sind bis 1.000,00 € förderfähig.");
  await expect(page.getByLabel("Titel")).toHaveValue("Hoftheater für Groß und Klein");
  await page.goto("/planung/mikroprojekte?jahr=2021");
  await expect(page.getByText("Hoftheater für Groß und Klein")).toHaveCount(0);

  const csv = await (await context.request.get("/planung/mikroprojekte.csv?jahr=2021")).text();
  expect(csv).toContain("Jahr;Datum;Titel;Empfänger;Handlungsfeld;Betrag (EUR);Status;Demo");
  expect(csv).toContain("2021;;Budget;;;15000,00;;");
  await context.close();
});

// axe needs JavaScript in the page: the same form and message, checked with it.
test("the Mikroprojekte register and its field error have no accessibility violations", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/mikroprojekte");
  await expectNoAxeViolations(page);
  await page.getByLabel("Betrag (EUR)").fill("2.000");
  await page.getByRole("button", { name: "Mikroprojekt speichern" }).click();
  await expect(page.locator("#mikro-amount-error")).toHaveText("Mikroprojekte sind bis 1.000,00 € förderfähig.");
  await expect(page.locator("#mikro-title-error")).toHaveText("Bitte ausfüllen.");
  await expectNoAxeViolations(page);
  await context.close();
});

test("providers and network partners get a 404 on the funding pages and their CSVs", async ({ browser, baseURL, request }) => {
  const paths = ["/planung/plan/finanzen", "/planung/mikroprojekte", "/planung/plan/finanzen.csv", "/planung/mikroprojekte.csv"];
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of paths) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  for (const path of paths.filter((p) => p.endsWith(".csv"))) expect((await request.get(path)).status()).toBe(404);
});

test("a provider posting the planners' funding forms changes nothing", async ({ browser, baseURL }) => {
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const values: Record<string, string> = {
    title: "Versuch eines Trägers",
    recipient: "Träger",
    amount: "500",
    date: "2021-09-01",
    status: "APPROVED",
    year: "2021",
    budget: "1",
    periodId: "5fe2df37-bad1-438c-aacb-4c3e09516e3b",
    lszStage: "1",
    cap: "1",
    landSharePercent: "1",
    // A demo Mikroprojekt ("Vorlese-Großeltern in Kitas der Oststadt").
    id: "4d3e91a4-dd6f-403d-b255-418c547e6e0a",
  };
  const forms = [
    ...(await actionFormsWithInputs(reviewer.context.request, "/planung/mikroprojekte")).map((f) => ({ path: "/planung/mikroprojekte", ...f })),
    ...(await actionFormsWithInputs(reviewer.context.request, "/planung/plan/finanzen")).filter((f) => f.inputs.includes("cap")).map((f) => ({ path: "/planung/plan/finanzen", ...f })),
  ];
  // save, delete and budget of the register; the period's settings.
  expect(forms).toHaveLength(4);
  for (const { path, fields, inputs } of forms) {
    const own = Object.fromEntries(inputs.filter((n) => n in values).map((n) => [n, values[n]!]));
    const answer = await provider.context.request.post(path, { headers: { Origin: baseURL! }, multipart: { ...fields, ...own }, maxRedirects: 0 });
    expect([303, 404], `${path} ${inputs.join(" ")}`).toContain(answer.status());
  }
  await reviewer.page.goto("/planung/mikroprojekte?jahr=2021");
  await expect(reviewer.page.getByText("Vorlese-Großeltern in Kitas der Oststadt")).toBeVisible();
  await expect(reviewer.page.getByText("Versuch eines Trägers")).toHaveCount(0);
  await expect(reviewer.page.getByText("von 15.000,00 € geplantem Budget")).toBeVisible();
  await reviewer.page.goto("/planung/plan/finanzen");
  await expect(reviewer.page.getByText("Förderstufe: Stufe 3 · Obergrenze: 350.000,00 €")).toBeVisible();
  for (const person of [reviewer, provider]) await person.context.close();
});
