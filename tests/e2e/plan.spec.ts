import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The plan on the demo data (prisma/seed/plan.ts). Known facts: "Einen digitalen Angebotskatalog
// erarbeiten" (HF4-4) has no offer; "Die Personalkosten der Erziehungs-, Ehe-, Familien- und
// Lebensberatungsstelle absichern" (HF4-1) has an unassessed indicator and is served by the
// "Erziehungs- und Familienberatung im Beratungszentrum Eisenach".

const KATALOG = "Einen digitalen Angebotskatalog erarbeiten";
const EEFLB = "Die Personalkosten der Erziehungs-, Ehe-, Familien- und Lebensberatungsstelle absichern";
const EEFLB_OFFER = "Erziehungs- und Familienberatung im Beratungszentrum Eisenach";

test("a planner opens the plan from /planung, filters to flagged measures and follows an offer to its page", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung");
  await page.getByRole("link", { name: "Integrierter Plan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Integrierter Plan");
  await expect(page.getByLabel("Planungszeitraum")).toHaveValue("5fe2df37-bad1-438c-aacb-4c3e09516e3b");
  const summary = page.getByRole("table", { name: "Maßnahmen und Hinweise je Handlungsfeld" });
  await expect(summary.getByRole("row", { name: /^Beratung, Unterstützung und Information 4 / })).toBeVisible();
  await expectNoAxeViolations(page);

  const katalog = page.getByRole("row").filter({ hasText: KATALOG });
  await expect(katalog).toContainText("Maßnahme ohne Angebot");
  await expect(katalog).toContainText("Angebote erfassen, kategorisieren und digitalisieren (noch nicht bewertet)");

  await page.getByLabel("Hinweise").selectOption({ label: "nur Maßnahmen mit Hinweis" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/hinweis=jeder/);
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", /^\/planung\/plan\.csv\?.*hinweis=jeder/);
  // Every row shown carries a flag: none says "keine" in the flags column.
  const rows = page.locator("tr[id^=massnahme-]");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row.locator("td").last()).not.toHaveText("keine");

  const eeflb = page.getByRole("row").filter({ hasText: EEFLB });
  await expect(eeflb).toContainText("Indikator noch nicht bewertet");
  await eeflb.getByRole("link", { name: EEFLB_OFFER }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EEFLB_OFFER);
  // The public page lists the measure it serves and links to it on the public plan (the seed's
  // period: plan-periods.spec.ts may have carried the measure into a later one too).
  await page.getByRole("link", { name: new RegExp(`^${EEFLB} .*2021–2022\\)$`) }).click();
  await expect(page).toHaveURL(/\/plan\?zeitraum=.*#massnahme-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Plan für Familien in Eisenach");
  await context.close();
});

test("the plan CSV opens in German Excel", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain("Planungszeitraum;Handlungsfeld;Ziel;Unterziel;Nr.;Handlungsziel;");
  expect(csv).toMatch(new RegExp(`;HF4-4;${KATALOG};.*;"Maßnahme ohne Angebot; Indikator noch nicht bewertet";nein\\r\\n`));
  await context.close();
});

test("providers and network partners get a 404 on the plan view and its CSV", async ({ browser, baseURL, request }) => {
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of ["/planung/plan", "/planung/plan.csv"]) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/plan.csv")).status()).toBe(404);
});

test("residents follow the plan from the footer: measures with status and indicators, nothing internal", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Die Maßnahmen des Plans und ihr Stand" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Plan für Familien in Eisenach");
  const katalog = page.getByRole("row").filter({ hasText: KATALOG });
  await expect(katalog).toContainText("in Umsetzung");
  await expect(katalog).toContainText("KWIS-Lizenzen sind erworben (noch nicht bewertet)");
  await expect(page.getByRole("row").filter({ hasText: "Seniorenbefragung" })).toContainText("(erfüllt)");
  // The measure's evidence note and responsible body are the planners', never shown here.
  const html = await page.content();
  expect(html).not.toContain("Der Erwerb von KWIS-Lizenzen ist nicht belegt");
  expect(html).not.toContain("Stadtverwaltung Eisenach, Sozialplanung");
  await expectNoAxeViolations(page);
});

test("the plan's filter works without JavaScript", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.goto("/planung/plan");
  await page.getByLabel("Hinweise").selectOption({ label: "Maßnahme ohne Angebot" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/hinweis=ohne-angebot/);
  await expect(page.getByRole("row").filter({ hasText: KATALOG })).toContainText("Maßnahme ohne Angebot");
  await expect(page.getByRole("row").filter({ hasText: EEFLB })).toHaveCount(0);
  await context.close();
});
