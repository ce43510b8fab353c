import { expect, type Page } from "@playwright/test";

// What-if on the demo data. Known gap (seed): Südstadt / Wartburg has no offer in Handlungsfeld 1
// "Steuerung, Vernetzung, Nachhaltigkeit und Planung" (the matrix's first column).

export const HF1 = "Steuerung, Vernetzung, Nachhaltigkeit und Planung";

/** On the scenarios page: creates a scenario named `name` and opens it; returns its id. */
export async function createScenario(page: Page, name: string) {
  await page.goto("/planung/szenarien");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Szenario: ${name} — nicht öffentlich`);
  return /szenarien\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

/** On a scenario's page: adds a hypothetical offer in Südstadt x Handlungsfeld 1. */
export async function addOfferInGap(page: Page, offerName: string, extra: { places?: string; fte?: string } = {}) {
  await page.getByLabel("Bezeichnung").fill(offerName);
  await page.getByLabel("Planungsraum").selectOption({ label: "Südstadt / Wartburg" });
  await page.getByRole("group", { name: "Handlungsfelder" }).getByLabel(HF1).check();
  if (extra.places) await page.getByLabel("Plätze (optional)").fill(extra.places);
  if (extra.fte) await page.getByLabel("Personal in VZÄ (optional)").fill(extra.fte);
  await page.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(page.getByRole("status")).toHaveText(`„${offerName}“ wurde hinzugefügt.`);
}

/** On a scenario's page: takes the demo offer "Besuchsdienst „Zeit schenken“" out. */
export async function takeOutVisitingService(page: Page) {
  await page.getByLabel("Angebot suchen (Name)").fill("Zeit schenken");
  await page.getByRole("button", { name: "Suchen" }).click();
  await page.getByRole("button", { name: /^„Besuchsdienst „Zeit schenken““ herausnehmen$/ }).click();
  await expect(page.getByRole("button", { name: /wieder einrechnen$/ })).toHaveCount(1);
}
