import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, REVIEWER, signedIn } from "./helpers";
import { addOfferInGap, createScenario, HF1 } from "./scenario-steps";

// Issue 10's "done when" in one go: the demo planner finds a gap in the matrix, looks at its
// offers, plans a hypothetical offer there, and sees matrix, ranking and map change beside today.

test("a planner follows a gap to its offers, plans an offer there and sees matrix, ranking and map change beside today", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const name = `Werkstatt Südstadt ${Date.now()}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);

  // The matrix: Südstadt / Wartburg has nothing in the first Handlungsfeld; its cell lists no offer.
  await page.goto("/planung");
  await page.getByRole("link", { name: "Abdeckung", exact: true }).click();
  const gap = page.getByRole("table", { name: /Abdeckung nach Planungsraum/ }).getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first();
  await expect(gap).toContainText("Lücke: kein Angebot");
  await gap.getByRole("link", { name: "keine Angebote" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Südstadt / Wartburg: ${HF1}`);
  await expect(page.getByRole("status")).toHaveText("Keine Angebote");

  // A scenario with a hypothetical offer in that gap.
  const id = await createScenario(page, name);
  await addOfferInGap(page, "Planungswerkstatt Südstadt", { places: "10" });
  const scenarioPage = page.url();

  // Matrix: the gap closes in the scenario, today's figures beside it.
  await page.getByRole("link", { name: "In der Abdeckung ansehen" }).click();
  await expect(page.getByRole("note")).toContainText(`Szenario: ${name} — nicht öffentlich`);
  const cell = page.getByRole("table", { name: /Abdeckung nach Planungsraum/ }).getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first();
  await expect(cell).toContainText("✓ Lücke geschlossen");
  await expect(cell).toContainText("heute: keine Angebote · heute Lücke");

  // Ranking: the cell falls behind today's rank, with today's score and the difference.
  await page.goto(scenarioPage);
  await page.getByRole("link", { name: "In der Rangliste der Lücken ansehen" }).click();
  await expect(page).toHaveURL(new RegExp(`/planung/luecken\\?szenario=${id}$`));
  await expect(page.getByRole("note")).toContainText(`Szenario: ${name} — nicht öffentlich`);
  await expect(page.getByLabel("Szenario", { exact: true })).toHaveValue(id);
  const ranking = page.getByRole("table", { name: /^Lücken nach Punktzahl/ });
  await expect(ranking.getByRole("columnheader", { name: "Rang heute → Szenario" })).toBeVisible();
  const row = ranking.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Südstadt / Wartburg" }) }).filter({ hasText: HF1 });
  const [todayRank, scenarioRank] = (await row.getByRole("cell").first().innerText()).split(" → ").map(Number);
  expect(scenarioRank).toBeGreaterThan(todayRank);
  await expect(row).toContainText(/heute: \d+,\d/);
  await expect(row).toContainText(/Differenz: [-−]\d+,\d/);
  // Cells the scenario leaves alone say so in one line.
  await expect(ranking.getByText("wie heute").first()).toBeVisible();
  // The weights form and the CSV keep the scenario.
  await expect(page.locator('form[aria-labelledby="gap-form-heading"] input[name="szenario"]')).toHaveValue(id);
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", new RegExp(`^/planung/luecken\\.csv\\?.*szenario=${id}`));
  await expectNoAxeViolations(page);

  // Map: today and the scenario side by side, each named; the table gives both figures.
  await page.goto(scenarioPage);
  await page.getByRole("link", { name: "Auf der Karte ansehen" }).click();
  await expect(page.getByRole("note")).toContainText(`Szenario: ${name} — nicht öffentlich`);
  await expect(page.getByRole("note")).toContainText("keinen Standort und daher keinen Punkt");
  await expect(page.getByRole("img", { name: /^Heute: Karte der Planungsräume/ })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^Szenario ${name}: Karte der Planungsräume`) })).toBeVisible();
  const mapRow = page.getByRole("table", { name: new RegExp(`^Szenario ${name}`) }).getByRole("row", { name: /^Südstadt/ });
  // Value, value today, offers, offers today.
  await expect(mapRow.getByRole("cell").nth(2)).toHaveText("1");
  await expect(mapRow.getByRole("cell").nth(3)).toHaveText("0");
  await expectNoAxeViolations(page);
  // Printed: both maps side by side on A4, without the forms.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Vergleichen" })).toBeHidden();
  const [todayBox, scenarioBox] = await Promise.all([page.getByRole("img", { name: /^Heute:/ }).boundingBox(), page.getByRole("img", { name: /^Szenario / }).boundingBox()]);
  expect(scenarioBox!.x).toBeGreaterThan(todayBox!.x + todayBox!.width - 1);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  for (const [, w, h] of pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)) expect([Math.round(+w), Math.round(+h)]).toEqual([595, 842]);
  await page.emulateMedia({ media: "screen" });

  // The matrix CSV with the scenario, today's figures beside it.
  await page.goto(`/planung/abdeckung?szenario=${id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe("abdeckung-handlungsfeld-szenario.csv");
  const csv = (await readFile((await download.path())!)).toString("utf8");
  expect(csv).toContain(`\r\n${name};Südstadt / Wartburg;${HF1};1;10;`);

  // The ranking's CSV too; a malformed or unknown scenario id is a 404 on ranking, its CSV and the map.
  const rankingCsv = await context.request.get(`/planung/luecken.csv?szenario=${id}`);
  expect(rankingCsv.headers()["content-disposition"]).toContain("luecken-handlungsfeld-szenario.csv");
  // The scenario closes the cell's coverage gap: its coverage need drops to 0 and its score falls
  // below today's (other components, such as searches logged by earlier tests, may remain).
  const [header, ...rows] = (await rankingCsv.text()).replace(/^\uFEFF/, "").split("\r\n").map((line) => line.split(";"));
  const column = (label: string) => header.indexOf(label);
  const cellRow = rows.find((r) => r[column("Planungsraum")] === "Südstadt / Wartburg" && r[column("Handlungsfeld")] === HF1)!;
  expect(cellRow[column("Szenario (nicht öffentlich)")]).toBe(name);
  expect(cellRow[column("Abdeckung Bedarf (0-1)")]).toBe("0");
  const score = (label: string) => Number(cellRow[column(label)].replace(",", "."));
  expect(score("Punktzahl (0-1)")).toBeLessThan(score("Punktzahl heute (0-1)"));
  for (const bad of ["kein-uuid", crypto.randomUUID()])
    for (const path of ["/planung/luecken", "/planung/luecken.csv", "/planung/karte"]) expect((await context.request.get(`${path}?szenario=${bad}`)).status(), `${path} ${bad}`).toBe(404);
  await context.close();
});
