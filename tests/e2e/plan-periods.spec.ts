import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { actionFormsWithInputs, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The Fortschreibung on the demo data (prisma/seed/plan.ts, plan-demo.ts). The seed's period runs
// 2021–2022: "Einen digitalen Angebotskatalog erarbeiten" (HF4-4, in Umsetzung) is open and
// carries over; the Seniorenbefragung (HF1-3, umgesetzt) is closed and stays behind.
// Other specs (plan.spec.ts, funding.spec.ts) read the default period, which is the one running
// today or else the latest that has started: so the period made here starts in the future
// (after every period there is), and the default stays the seed's.

const SEED_PERIOD = "5fe2df37-bad1-438c-aacb-4c3e09516e3b";
const KATALOG = "Einen digitalen Angebotskatalog erarbeiten";
const EEFLB = "Die Personalkosten der Erziehungs-, Ehe-, Familien- und Lebensberatungsstelle absichern";
const EEFLB_OFFER = "Erziehungs- und Familienberatung im Beratungszentrum Eisenach";
const FUTURE = "2031-01-01";

const addYears = (iso: string, years: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() - 1)).toISOString().slice(0, 10);
};

test("a planner creates the next period and finds the carried-over measures in the plan view and the comparison", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/planung/plan");
  await page.getByRole("link", { name: "Nächsten Planungszeitraum anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nächsten Planungszeitraum anlegen");
  // Prefilled: the day after the latest period ends, for two years.
  const start = await page.getByLabel("Beginn").inputValue();
  expect(await page.getByLabel("Ende").inputValue()).toBe(addYears(start, 2));
  expect(await page.getByLabel("Bezeichnung").inputValue()).toMatch(/^Fortschreibung \d{4}–\d{4}$/);
  await expectNoAxeViolations(page);

  // An end before the start is refused next to the field, nothing typed lost.
  await page.getByLabel("Ende").fill("2000-01-01");
  await page.getByRole("button", { name: "Planungszeitraum anlegen" }).click();
  await expect(page.locator("#period-endsOn-error")).toHaveText("Das Ende muss nach dem Beginn liegen.");
  await expect(page.getByLabel("Ende")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const from = start < FUTURE ? FUTURE : start;
  const name = `Fortschreibung ${from.slice(0, 4)}–${Number(from.slice(0, 4)) + 1} (Test ${Date.now()})`;
  await page.getByLabel("Bezeichnung").fill(name);
  await page.getByLabel("Beginn").fill(from);
  await page.getByLabel("Ende").fill(addYears(from, 2));
  await page.getByLabel("LSZ-Förderstufe (optional)").selectOption({ label: "Stufe 3" });
  await page.getByRole("button", { name: "Planungszeitraum anlegen" }).click();
  await expect(page).toHaveURL(/\/planung\/plan\/vergleich\?.*angelegt=\d+/);
  await expect(page.getByRole("status").first()).toHaveText(/^Der Planungszeitraum ist angelegt: \d+ Maßnahmen übernommen\.$/);
  const newId = new URL(page.url()).searchParams.get("bis")!;

  // Against the seed's period (also across periods other runs put in between).
  await page.goto(`/planung/plan/vergleich?von=${SEED_PERIOD}&bis=${newId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planungszeiträume vergleichen");
  const carried4 = page.getByRole("table", { name: "Fortgeführte Maßnahmen im Handlungsfeld Beratung, Unterstützung und Information" });
  await expect(carried4.getByRole("row", { name: new RegExp(`HF4-4 ${KATALOG}`) })).toContainText("unverändert");
  const dropped1 = page.getByRole("table", { name: "Entfallene Maßnahmen im Handlungsfeld Steuerung, Vernetzung, Nachhaltigkeit und Planung" });
  await expect(dropped1.getByRole("row", { name: /Seniorenbefragung/ })).toContainText("umgesetzt (abgeschlossen)");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  expect(csv).toContain("Handlungsfeld;Art;Nr.;");
  expect(csv).toContain(`Beratung, Unterstützung und Information;fortgeführt;HF4-4;${KATALOG};${KATALOG};in Umsetzung;in Umsetzung;\r\n`);

  // The plan view of the new period: the picker lists it; the measure is there, its indicators
  // not assessed yet, its offers still linked; the closed measure is not.
  await page.goto("/planung/plan");
  await page.getByLabel("Planungszeitraum").selectOption({ value: newId });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`zeitraum=${newId}`));
  await expect(page.getByRole("row").filter({ hasText: KATALOG })).toContainText("Angebote erfassen, kategorisieren und digitalisieren (noch nicht bewertet)");
  await expect(page.getByRole("row").filter({ hasText: EEFLB }).getByRole("link", { name: EEFLB_OFFER })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Seniorenbefragung" })).toHaveCount(0);
  await context.close();
});

test("providers and network partners get a 404 on the new pages and the CSV; a provider's post creates nothing", async ({ browser, baseURL, request }) => {
  const paths = ["/planung/plan/neuer-zeitraum", "/planung/plan/vergleich", "/planung/plan/vergleich.csv"];
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of paths) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/plan/vergleich.csv")).status()).toBe(404);

  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const [form] = await actionFormsWithInputs(reviewer.context.request, "/planung/plan/neuer-zeitraum");
  const name = `Versuch eines Trägers ${Date.now()}`;
  const values = { name, startsOn: "2090-01-01", endsOn: "2091-12-31", adoptedOn: "", lszStage: "" };
  const answer = await provider.context.request.post("/planung/plan/neuer-zeitraum", { headers: { Origin: baseURL! }, multipart: { ...form!.fields, ...values }, maxRedirects: 0 });
  expect(answer.status()).toBeLessThan(500);
  expect(answer.headers().location ?? "").not.toContain("vergleich");
  expect(await (await reviewer.context.request.get("/planung/plan/vergleich")).text()).not.toContain(name);
  for (const person of [reviewer, provider]) await person.context.close();
});
