import { expect, test } from "@playwright/test";
import { PROVIDER, REVIEWER, signedIn, expectSearchFinds } from "./helpers";

// What the server sends, raw (HTML with the RSC payload), must not carry what the reader may not
// see: the city's planning fields to a provider, a hidden place's hours to anyone.

/** Familienzentrum Oststadt – Eltern-Kind-Treff (traeger1's), with legal basis and funding in the seed. */
const ELTERN_KIND_TREFF = "eefd885c-5aa7-48e9-b74a-452f08b95d20";
const LEGAL_BASIS = "SGB VIII § 16";
const FUNDING = "38000";

test("a provider's edit page carries neither the legal basis nor the funding amount; a reviewer's does", async ({ browser, baseURL }) => {
  const url = `/meine-angebote/${ELTERN_KIND_TREFF}/bearbeiten`;
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const forProvider = await provider.page.request.get(url);
  expect(forProvider.status()).toBe(200);
  const raw = await forProvider.text();
  expect(raw).toContain("Eltern-Kind-Treff");
  expect(raw).not.toContain(LEGAL_BASIS);
  expect(raw).not.toContain(FUNDING);
  await provider.context.close();

  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const forReviewer = await (await reviewer.page.request.get(url)).text();
  expect(forReviewer).toContain(LEGAL_BASIS);
  expect(forReviewer).toContain(FUNDING);
  await reviewer.context.close();
});

test("hours a reviewer adds at the women's shelter's hidden place reach neither its page nor the weekday filter", async ({ browser, baseURL, request }) => {
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung/angebote");
  await page.getByLabel("Angebot oder Träger").fill("Frauenhaus Eisenach");
  await page.getByRole("button", { name: "Suchen" }).click();
  await page.getByRole("link", { name: /^Bearbeiten:/ }).click();
  await expect(page).toHaveURL(/\/bearbeiten$/);
  const id = /meine-angebote\/([0-9a-f-]{36})\/bearbeiten/.exec(page.url())![1]!;
  // A new word in the description tells when the index has this version.
  const word = `Schutzwort${Date.now().toString(36).replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)])}`;
  const description = page.getByLabel("Beschreibung", { exact: true });
  await description.fill(`${await description.inputValue()} ${word}`);

  const placeHours = "Ort 1: Öffnungszeiten an diesem Ort";
  await page.getByRole("button", { name: `Weitere Zeit: ${placeHours}` }).click();
  const time = page.getByRole("group", { name: placeHours }).getByRole("group", { name: "Zeit 1" });
  await time.getByLabel("Wochentag", { exact: true }).selectOption("SA");
  await time.getByLabel("Von", { exact: true }).fill("06:45");
  await time.getByLabel("Bis", { exact: true }).fill("07:15");
  await time.getByLabel(/^Hinweis/).fill("Schichtwechsel im Schutzhaus");
  await page.getByRole("button", { name: "Sofort veröffentlichen" }).click();
  await expect(page.getByRole("status").first()).toContainText("ist veröffentlicht");
  await context.close();

  // Pages show times as "6:45" (collapse-hours.ts), which also matches "06:45".
  for (const path of [`/angebote/${id}`, "/verzeichnis"]) {
    const html = await (await request.get(path)).text();
    expect(html).toContain("Frauenhaus Eisenach");
    for (const secret of ["6:45", "7:15", "Schichtwechsel", "Vertrauliche Anschrift", "vertrauliche Anschrift"]) expect(html, `${secret} on ${path}`).not.toContain(secret);
  }

  // Once the index has the new version, Saturday must not find it.
  await expectSearchFinds(request, word, "Frauenhaus Eisenach");
  const saturday = await (await request.get(`/?q=${word}&tag=SA`)).text();
  expect(saturday).not.toContain("Frauenhaus Eisenach");
  expect(saturday).not.toContain("06:45");
});
