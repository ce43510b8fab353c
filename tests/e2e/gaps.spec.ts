import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The gap ranking /planung/luecken on the demo data: weights through the GET form and a named
// setting through the server action, both without JavaScript; the CSV with the same weights.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a planner changes the weights, saves them under a name, loads and deletes them, and downloads the CSV", async ({ browser, baseURL }) => {
    const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
    await page.goto("/planung");
    await page.getByRole("link", { name: "Lücken", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lücken");
    const table = page.getByRole("table", { name: /Lücken nach Punktzahl/ });
    await expect(table.getByRole("columnheader", { name: "Abdeckung" })).toBeVisible();
    await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("1");
    await expect(page.getByText(/^Punktzahl = Summe \(Gewicht × Bedarfswert\)/)).toBeVisible();

    // The GET form: the weights land in the URL and the table shows only the weighted components.
    await page.getByLabel("Gewicht Abdeckung").fill("0");
    await page.getByLabel("Gewicht Nachfrage").fill("5");
    await page.getByLabel("Gewicht SGB-II-Quote").fill("3");
    await page.getByLabel("Richtung SGB-II-Quote").selectOption({ label: "niedrigerer Wert = mehr Bedarf" });
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page).toHaveURL(/g_abdeckung=0.*g_nachfrage=5/);
    await expect(page).toHaveURL(/i_sgb2_quote=3&r_sgb2_quote=niedrig/);
    await expect(page.getByLabel("Gewicht Nachfrage")).toHaveValue("5");
    await expect(table.getByRole("columnheader", { name: "Abdeckung" })).toHaveCount(0);
    await expect(table.getByRole("columnheader", { name: "SGB-II-Quote (%)" })).toBeVisible();

    // Saving: a missing name is named next to the field, nothing is lost; saving keeps the view.
    await page.goto(`${page.url()}&achse=lebensphase&tage=90`);
    await page.getByRole("button", { name: "Gewichte speichern" }).click();
    await expect(page.getByLabel("Name der Einstellung")).toHaveAccessibleDescription("Bitte einen Namen angeben.");
    const name = `Nachfrage zuerst ${Date.now()}`;
    await page.getByLabel("Name der Einstellung").fill(name);
    await page.getByRole("button", { name: "Gewichte speichern" }).click();
    await expect(page).toHaveURL(/achse=lebensphase&tage=90&einstellung=[0-9a-f-]{36}&gespeichert=1/);
    await expect(page.getByRole("status")).toHaveText("Die Gewichte wurden gespeichert.");
    await expect(page.getByLabel("Gewicht Nachfrage")).toHaveValue("5");
    await expect(page.getByLabel("Gewicht Abdeckung")).toHaveValue("0");
    await expect(page.getByRole("table", { name: "Gespeicherte Gewichte" })).toContainText(name);

    // Picking it again from the start page of the ranking.
    await page.goto("/planung/luecken");
    await expect(page.getByLabel("Gewicht Nachfrage")).toHaveValue("1");
    await page.getByLabel("Einstellung", { exact: true }).selectOption({ label: name });
    await page.getByRole("button", { name: "Laden" }).click();
    await expect(page.getByRole("status")).toHaveText(`Gewichte aus der Einstellung „${name}“.`);
    await expect(page.getByLabel("Gewicht Nachfrage")).toHaveValue("5");

    // The CSV carries every weight in its link.
    const csvLink = page.getByRole("link", { name: /CSV/ });
    await expect(csvLink).toHaveAttribute("href", /^\/planung\/luecken\.csv\?.*g_abdeckung=0.*g_nachfrage=5/);
    const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv).toMatch(/^\uFEFFRang;Planungsraum;Handlungsfeld;Punktzahl \(0-1\);Angebote;Einwohner \d{4};/);
    expect(csv).toMatch(/\r\n1;[^;]+;[^;]+;\d/);
    expect(csv).toContain("Nachfrage Gewicht");

    await page.getByRole("button", { name: `Einstellung „${name}“ löschen` }).click();
    await expect(page.getByRole("status")).toHaveText("Die Einstellung wurde gelöscht.");
    await expect(page.getByRole("button", { name: `Einstellung „${name}“ löschen` })).toHaveCount(0);
    await context.close();
  });
});

test("the ranking passes axe, also by life phase, and providers and network partners get a 404 on page and CSV", async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000); // three sign-ins and two axe runs: over 30 s on a loaded 2-core machine
  const planner = await signedIn(browser, baseURL, REVIEWER);
  await planner.page.goto("/planung/abdeckung");
  await planner.page.getByRole("link", { name: "Lücken-Rangliste" }).click();
  await expect(planner.page.getByRole("heading", { level: 1 })).toHaveText("Lücken");
  await expectNoAxeViolations(planner.page);
  await planner.page.goto("/planung/luecken?achse=lebensphase&i_sgb2_quote=2");
  await expect(planner.page.getByRole("table", { name: /Lebensphase/ })).toBeVisible();
  await expectNoAxeViolations(planner.page);
  await planner.context.close();
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of ["/planung/luecken", "/planung/luecken?achse=lebensphase", "/planung/luecken.csv"]) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/luecken.csv")).status()).toBe(404);
});
