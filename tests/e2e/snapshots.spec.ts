import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// Stichtage on the demo data: the demo planner freezes today, rebuilds yesterday from the version
// history (every demo offer was published today by the seed, so yesterday knew none) and compares
// the two. The Frauenhaus (hidden address) is listed and counted, its address never shown.

/** Yesterday in Eisenach, as the form's date field takes it. */
const yesterday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() - 24 * 60 * 60 * 1000));

test("the demo planner freezes a snapshot, opens it, rebuilds yesterday and compares the two", async ({ browser, baseURL }) => {
  // Four pages with the whole catalogue, each checked by axe.
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  const stamp = Date.now();
  await page.goto("/planung");
  await page.getByRole("link", { name: "Stichtage", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stichtage");
  await expectNoAxeViolations(page);

  // A label left empty is refused next to the field, nothing is stored.
  await page.getByRole("button", { name: "Jetzt festhalten" }).click();
  await expect(page.getByText("Bitte ausfüllen.")).toBeVisible();
  await page.getByLabel("Bezeichnung").first().fill(`E2E heute ${stamp}`);
  await page.getByRole("button", { name: "Jetzt festhalten" }).click();
  await expect(page).toHaveURL(/\/planung\/stichtage\/[0-9a-f-]{36}$/);
  const frozenId = /([0-9a-f-]{36})$/.exec(page.url())![1];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`E2E heute ${stamp}`);
  await expect(page.getByText(/· festgehalten ·/)).toBeVisible();
  const matrix = page.getByRole("table", { name: "Angebote, Plätze und VZÄ je Planungsraum und Handlungsfeld am Stichtag" });
  await expect(matrix.getByRole("row", { name: /^stadtweit / })).toBeVisible();
  await expect(page.getByRole("table", { name: "Stand des Plans" })).toContainText("Einen digitalen Angebotskatalog erarbeiten");
  const offers = page.getByRole("table", { name: /^Angebote \(\d+\)$/ });
  await expect(offers.getByRole("row", { name: /^Frauenhaus Eisenach / })).toContainText("stadtweit");
  expect(await page.content()).not.toContain("Vertrauliche Anschrift");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Stichtage" }).click();
  await page.getByLabel("Stichtag", { exact: true }).fill(yesterday());
  await page.getByLabel("Bezeichnung").last().fill(`E2E gestern ${stamp}`);
  await page.getByRole("button", { name: "Rekonstruieren" }).click();
  await expect(page).toHaveURL(/\/planung\/stichtage\/[0-9a-f-]{36}$/);
  const rebuiltId = /([0-9a-f-]{36})$/.exec(page.url())![1];
  await expect(page.getByText(/· aus dem Verlauf rekonstruiert ·/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nicht rekonstruierbar" })).toBeVisible();
  await expect(page.getByText("Der Stand des Plans (Status der Maßnahmen, Indikatoren) hat keinen Verlauf und fehlt daher.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Angebote (0)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Stichtage" }).click();
  await page.getByLabel("Früherer Stichtag").selectOption(rebuiltId);
  await page.getByLabel("Späterer Stichtag").selectOption(frozenId);
  await page.getByRole("button", { name: "Vergleichen" }).click();
  await expect(page).toHaveURL(new RegExp(`/planung/stichtage/vergleich\\?a=${rebuiltId}&b=${frozenId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vergleich zweier Stichtage");
  await expect(page.getByText(/^\d+ Angebote neu, 0 beendet, 0 mit geänderter Kapazität\.$/)).toBeVisible();
  const cells = page.getByRole("table", { name: "Felder, in denen sich etwas geändert hat" });
  await expect(cells.getByRole("row", { name: /^stadtweit Beratung, Unterstützung und Information / })).toContainText("Frauenhaus Eisenach (neu)");
  await expect(page.getByText("Nicht vergleichbar: Mindestens ein Stichtag ist aus dem Verlauf rekonstruiert")).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  expect(csv).toContain("Art;Planungsraum;Handlungsfeld;Angebot / Maßnahme;Träger;vorher;nachher\r\n");
  expect(csv).toMatch(/Angebot neu;stadtweit;Beratung, Unterstützung und Information;Frauenhaus Eisenach;/);
  expect(csv).not.toContain("Vertrauliche Anschrift");
  await context.close();
});

test("providers, network partners and visitors get a 404 on every Stichtag page and the CSV", async ({ browser, baseURL, request }) => {
  // A real snapshot, so that only the person makes the difference; frozen without JavaScript.
  const reviewer = await signedIn(browser, baseURL, REVIEWER, false);
  await reviewer.page.goto("/planung/stichtage");
  await reviewer.page.getByLabel("Bezeichnung").first().fill(`E2E Zugriff ${Date.now()}`);
  await reviewer.page.getByRole("button", { name: "Jetzt festhalten" }).click();
  await expect(reviewer.page).toHaveURL(/\/planung\/stichtage\/[0-9a-f-]{36}$/);
  const id = /([0-9a-f-]{36})$/.exec(reviewer.page.url())![1];
  expect((await reviewer.context.request.get(`/planung/stichtage/vergleich.csv?a=${id}&b=${id}`)).status()).toBe(200);
  const paths = ["/planung/stichtage", `/planung/stichtage/${id}`, `/planung/stichtage/vergleich?a=${id}&b=${id}`, `/planung/stichtage/vergleich.csv?a=${id}&b=${id}`];
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of paths) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get(paths[3])).status()).toBe(404);
  // A planner asking for a snapshot that does not exist gets the same 404.
  for (const path of ["/planung/stichtage/nicht-da", "/planung/stichtage/vergleich?a=x&b=y", "/planung/stichtage/vergleich.csv"])
    expect((await reviewer.context.request.get(path)).status(), path).toBe(404);
  await reviewer.context.close();
});
