import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The demo planner edits the plan: a new measure in Handlungsfeld 3 (whose measures have no Ziel;
// plan.spec.ts counts Handlungsfeld 4's, in parallel), with an indicator; an empty title is refused
// next to the field with the rest kept; the measure moves up, is retired (gone from the plan view
// and the public plan) and every step is in the history with who did it. A unique title per run,
// so a reused demo site (E2E_BASE_URL) gives the same result; no seeded measure is changed.

const PLAN_GOAL_LINK = /^Ziel und Unterziele bearbeiten: /;

test("the demo planner adds, reorders and retires a measure and reads it all in the history", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const title = `Familienlotsen im Stadtteil ${Date.now()}`;
  const label = `E2E-1 ${title}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Plan bearbeiten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan bearbeiten");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Neue Maßnahme anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neue Maßnahme");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nummer").fill("E2E-1");
  await page.getByLabel("Handlungsfeld").selectOption({ label: "3. Bildung im familiären Umfeld" });
  await page.getByLabel("Zeitraum", { exact: true }).fill("ab 2025");
  await page.getByRole("button", { name: "Maßnahme anlegen" }).click();
  // Refused next to the field, and nothing typed is lost.
  await expect(page.getByLabel("Titel")).toHaveAccessibleDescription(/Bitte ausfüllen\./);
  await expect(page.getByLabel("Nummer")).toHaveValue("E2E-1");
  await expect(page.getByLabel("Zeitraum", { exact: true })).toHaveValue("ab 2025");
  await expectNoAxeViolations(page);
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Maßnahme anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Maßnahme: ${label}`);
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");

  await page.getByLabel("Wortlaut des neuen Indikators").fill("Konzept liegt vor");
  await page.getByRole("button", { name: "Indikator hinzufügen" }).click();
  await expect(page.getByLabel("Wortlaut von Indikator 1")).toHaveValue("Konzept liegt vor");
  await expectNoAxeViolations(page);

  // The new measure is the last of Handlungsfeld 3's measures: it moves up one place, above HF3-2.
  await page.getByRole("link", { name: "Plan bearbeiten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan bearbeiten");
  const measures = page.getByRole("region", { name: /^3\. / }).locator("li");
  const at = (await measures.allTextContents()).findIndex((t) => t.includes(label));
  expect(at).toBeGreaterThan(0);
  await page.getByRole("button", { name: `Nach oben: ${label}` }).click();
  await expect(page.getByRole("status")).toHaveText("Die Reihenfolge wurde geändert.");
  expect((await measures.allTextContents()).findIndex((t) => t.includes(label))).toBe(at - 1);

  await page.getByRole("link", { name: `Maßnahme bearbeiten: ${label}` }).click();
  await page.getByLabel("Grund (optional)").fill("in HF3-2 aufgegangen");
  await page.getByRole("button", { name: "Maßnahme zurückziehen" }).click();
  await expect(page.getByRole("status")).toHaveText("Der Eintrag wurde zurückgezogen.");
  await expect(page.getByText(label)).toHaveCount(0);
  await page.getByLabel("zurückgezogene anzeigen").check();
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("button", { name: `Wiederherstellen: ${label}` })).toBeVisible();

  await page.goto("/planung/plan");
  await expect(page.getByText(title)).toHaveCount(0);
  await page.getByRole("link", { name: "Zurückgezogene anzeigen" }).click();
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("zurückgezogen");
  // Picking the period again keeps the toggle.
  await page.locator('form[aria-labelledby="plan-filters"]').getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/zurueckgezogen=1/);
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("zurückgezogen");
  await page.goto("/plan");
  await expect(page.getByText(title)).toHaveCount(0);

  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Änderungsverlauf des Plans" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Änderungsverlauf des Plans");
  const table = page.getByRole("table", { name: /Änderungen am Plan/ });
  const rows = (what: string) => table.getByRole("row").filter({ hasText: what }).filter({ hasText: title });
  for (const what of ["Maßnahme angelegt", "Indikator angelegt", "Maßnahme verschoben", "Maßnahme zurückgezogen"]) await expect(rows(what).first()).toBeVisible();
  await expect(rows("Maßnahme zurückgezogen")).toContainText("in HF3-2 aufgegangen");
  // Who: the demo planner's name.
  await expect(rows("Maßnahme angelegt").first()).toContainText("Demo: Sozialplanung der Stadt");
  // Newest first: the retirement above the creation.
  const texts = await table.getByRole("row").allTextContents();
  expect(texts.findIndex((t) => t.includes("Maßnahme zurückgezogen") && t.includes(title))).toBeLessThan(texts.findIndex((t) => t.includes("Maßnahme angelegt") && t.includes(title)));
  await expectNoAxeViolations(page);
  await context.close();
});

test("without JavaScript: a new goal is refused next to its empty title, then added, moved and retired", async ({ browser, baseURL }) => {
  const title = `Ohne Skript ${Date.now()}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.goto("/planung/plan/bearbeiten");
  await page.getByLabel("Handlungsfeld").selectOption({ label: "4. Beratung, Unterstützung und Information" });
  await page.getByRole("button", { name: "Ziel anlegen" }).click();
  await expect(page.getByLabel("Titel")).toHaveAccessibleDescription(/Bitte ausfüllen\./);
  await expect(page.getByLabel("Handlungsfeld")).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Ziel anlegen" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  // The last goal of Handlungsfeld 4 moves up above the seed's goal, then leaves the plan.
  await page.getByRole("button", { name: `Nach oben: ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("Die Reihenfolge wurde geändert.");
  await expect(page.getByRole("button", { name: `Nach oben: ${title}` })).toHaveCount(0);
  await page.getByRole("button", { name: `Zurückziehen: ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("Der Eintrag wurde zurückgezogen.");
  await expect(page.getByText(title)).toHaveCount(0);
  await context.close();
});

test("a goal's page: sub-goals with their forms and buttons pass axe", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan/bearbeiten");
  await page.getByRole("link", { name: PLAN_GOAL_LINK }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ziel: /);
  await expect(page.getByRole("button", { name: "Unterziel anlegen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("providers and network partners get a 404 on every editing page and the history", async ({ browser, baseURL }) => {
  const planner = await signedIn(browser, baseURL, REVIEWER);
  await planner.page.goto("/planung/plan/bearbeiten");
  const goalHref = (await planner.page.getByRole("link", { name: PLAN_GOAL_LINK }).first().getAttribute("href"))!;
  const measureHref = (await planner.page.getByRole("link", { name: /^Maßnahme bearbeiten: / }).first().getAttribute("href"))!;
  await planner.context.close();
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of ["/planung/plan/bearbeiten", "/planung/plan/bearbeiten/massnahmen/neu", goalHref, measureHref, "/planung/plan/verlauf"])
      expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
});
