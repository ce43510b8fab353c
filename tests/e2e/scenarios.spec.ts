import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { HOSTILE_VALUES } from "../setup/hostile-values";
import { inParallel, multipartBody, problemsOf } from "./hostile-checks";
import { actionFormsWithInputs, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";
import { addOfferInGap, createScenario, HF1, takeOutVisitingService } from "./scenario-steps";

// What-if on the demo data (steps and the known gap in ./scenario-steps.ts).

test("a planner builds a scenario that closes a gap and sees it beside today, never in public", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const name = `Treff Südstadt ${Date.now()}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung");
  await page.getByRole("link", { name: "Szenarien", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Szenarien");
  await expectNoAxeViolations(page);
  const id = await createScenario(page, name);

  // Errors sit next to their fields, and nothing is stored.
  await page.getByLabel("Plätze (optional)").fill("zwölf");
  await page.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(page.getByLabel("Bezeichnung")).toHaveAccessibleDescription("Bitte ausfüllen.");
  await expect(page.getByLabel("Plätze (optional)")).toHaveAccessibleDescription(/Bitte eine Zahl eingeben/);
  await expect(page.getByRole("group", { name: "Handlungsfelder" })).toContainText("Bitte ausfüllen.");
  await expect(page.getByText("Noch keine gedachten Angebote.")).toBeVisible();

  await addOfferInGap(page, "Planungswerkstatt Südstadt", { places: "12", fte: "1,5" });
  const added = page.getByRole("table", { name: "Gedachte Angebote" });
  await expect(added.getByRole("row", { name: /Planungswerkstatt Südstadt/ })).toContainText("Südstadt / Wartburg");
  await expect(added.getByRole("row", { name: /Planungswerkstatt Südstadt/ })).toContainText("1,5");

  // Take a published offer out, found by its name.
  await takeOutVisitingService(page);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "In der Abdeckung ansehen" }).click();
  await expect(page).toHaveURL(/\/planung\/abdeckung\?szenario=[0-9a-f-]{36}$/);
  await expect(page.getByRole("note")).toContainText(`Szenario: ${name} — nicht öffentlich`);
  const table = page.getByRole("table", { name: /Abdeckung nach Planungsraum/ });
  const cell = table.getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first();
  await expect(cell).toContainText("✓ Lücke geschlossen");
  await expect(cell).toContainText("1 Angebot");
  await expect(cell).toContainText("Plätze: 12");
  await expect(cell).toContainText("heute: keine Angebote · heute Lücke");
  await expect(cell).toContainText("Differenz: +1 · Plätze: +12");
  await expect(page.getByLabel("Szenario", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expectNoAxeViolations(page);

  // The cell's list names the hypothetical offer, marked, with no public page to link.
  await cell.getByRole("link", { name: "1 Angebot" }).click();
  await expect(page.getByRole("status")).toHaveText("1 Angebot");
  await expect(page.getByRole("cell", { name: "Planungswerkstatt Südstadt (gedacht (Szenario))" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Planungswerkstatt Südstadt" })).toHaveCount(0);

  // The CSV carries the scenario, today's figures beside it.
  await page.goto(`/planung/abdeckung?szenario=${id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  expect(csv).toContain(`\r\n${name};Südstadt / Wartburg;${HF1};1;12;0;1,5;0;`);
  expect(csv).toMatch(new RegExp(`\\r\\n${name};Südstadt / Wartburg;${HF1};.*;0;;Lücke: kein lokales Angebot\\r\\n`));

  // Nothing of it in public: the search does not find the hypothetical offer, the removed one stays.
  const visitor = await browser.newContext({ baseURL });
  const publicPage = await visitor.newPage();
  await publicPage.goto("/?q=Planungswerkstatt");
  await expect(publicPage.getByRole("link", { name: "Planungswerkstatt Südstadt" })).toHaveCount(0);
  await publicPage.goto("/?q=Zeit%20schenken");
  await expect(publicPage.getByRole("link", { name: /Besuchsdienst „Zeit schenken“/ }).first()).toBeVisible();
  await visitor.close();

  // A malformed or unknown scenario id: 404 for the planner too.
  for (const bad of ["kein-uuid", crypto.randomUUID()]) {
    expect((await context.request.get(`/planung/abdeckung?szenario=${bad}`)).status()).toBe(404);
    expect((await context.request.get(`/planung/abdeckung.csv?szenario=${bad}`)).status()).toBe(404);
    expect((await context.request.get(`/planung/szenarien/${bad}`)).status()).toBe(404);
  }
  await context.close();
});

test("providers and network partners get a 404 on scenarios and cannot change one by posting its forms", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  const id = await createScenario(page, `Nur Planung ${Date.now()}`);
  const scenarioUrl = page.url();
  await addOfferInGap(page, "Gedachter Treff");
  await takeOutVisitingService(page);
  const paths = ["/planung/szenarien", `/planung/szenarien/${id}`, `/planung/abdeckung?szenario=${id}`, `/planung/abdeckung.csv?szenario=${id}`];
  const forms = [];
  for (const path of ["/planung/szenarien", `/planung/szenarien/${id}?q=Beratung`]) for (const { fields } of await actionFormsWithInputs(context.request, path)) forms.push({ path, fields });
  expect(forms.length).toBeGreaterThanOrEqual(6); // create, delete; add, remove item, undo removal, take out
  const itemId = (await page.locator('input[name="itemId"]').getAttribute("value"))!;
  const removedId = (await page.locator('form:has(button[aria-label$="wieder einrechnen"]) input[name="serviceId"]').getAttribute("value"))!;
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const other = await signedIn(browser, baseURL, email);
    for (const path of paths) expect((await other.context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    // Posting the planner's own forms (as a browser without JavaScript would) changes nothing.
    for (const { path, fields } of forms) {
      const multipart = { ...fields, id, scenarioId: id, name: "Fremd", area: "suedstadt", handlungsfelder: "1", itemId, serviceId: removedId };
      const res = await other.context.request.post(path, { headers: { Origin: baseURL! }, multipart, maxRedirects: 0 });
      expect(res.status(), `${email} POST ${path}`).toBeLessThan(500);
    }
    await other.context.close();
  }
  await page.goto(scenarioUrl);
  await expect(page.getByRole("table", { name: "Gedachte Angebote" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("button", { name: /wieder einrechnen$/ })).toHaveCount(1);
  await expect(page.getByText("Fremd")).toHaveCount(0);
  await context.close();
});

test("without JavaScript: create a scenario, add an offer, pick it on the matrix", async ({ browser, baseURL }) => {
  const name = `Ohne JS ${Date.now()}`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await createScenario(page, name);
  await addOfferInGap(page, "Treff ohne Skript");

  await page.goto("/planung/abdeckung?achse=handlungsfeld&schwelle=60");
  await page.getByLabel("Szenario", { exact: true }).selectOption({ label: name });
  await page.getByRole("button", { name: "Vergleichen" }).click();
  await expect(page).toHaveURL(/schwelle=60&szenario=[0-9a-f-]{36}$/);
  await expect(page.getByRole("note")).toContainText(`Szenario: ${name} — nicht öffentlich`);
  const cell = page.getByRole("table", { name: /Abdeckung nach Planungsraum/ }).getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first();
  await expect(cell).toContainText("✓ Lücke geschlossen");
  // Back to today: the picker's first choice.
  await page.getByLabel("Szenario", { exact: true }).selectOption({ label: "nur heute" });
  await page.getByRole("button", { name: "Vergleichen" }).click();
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(page.getByRole("table", { name: /Abdeckung nach Planungsraum/ }).getByRole("row", { name: /^Südstadt/ }).getByRole("cell").first()).toContainText("Lücke: kein Angebot");
  await context.close();
});

test("hostile values in every field of every scenario form: no 5xx, markup escaped, the scenario intact", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  const id = await createScenario(page, `Feindlich ${Date.now()}`);
  await addOfferInGap(page, "Bleibt stehen");
  await takeOutVisitingService(page);
  const forms = [];
  for (const path of ["/planung/szenarien", `/planung/szenarien/${id}?q=Beratung`])
    for (const form of await actionFormsWithInputs(context.request, path)) forms.push({ path, ...form });
  expect(forms.length).toBeGreaterThanOrEqual(6);
  const cases = forms.flatMap((form) => [
    ...HOSTILE_VALUES.map((v) => ({ form, name: v.name, values: form.inputs.map((i): [string, string] => [i, v.text]) })),
    { form, name: "missing fields", values: [] as [string, string][] },
  ]);
  const problems = await inParallel(
    cases.map(({ form, name, values }) => async () => {
      const { body, contentType } = multipartBody([...Object.entries(form.fields), ...values]);
      const response = await context.request.post(form.path, { headers: { "content-type": contentType, Origin: baseURL! }, data: body, maxRedirects: 0 });
      return problemsOf(`POST ${form.path} [${form.inputs.join(",")}] ${name}`, response);
    }),
    4,
  );
  expect(problems.flat()).toEqual([]);
  await page.goto(`/planung/szenarien/${id}`);
  await expect(page.getByRole("table", { name: "Gedachte Angebote" }).getByRole("row", { name: /Bleibt stehen/ })).toHaveCount(1);
  await expect(page.getByRole("button", { name: /wieder einrechnen$/ })).toHaveCount(1);
  await context.close();
});
