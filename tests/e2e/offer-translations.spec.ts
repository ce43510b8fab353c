import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "./helpers";

// The resident side of translated offers (issue 12): the English translation on /en, German text
// with a note on a page whose language the offer lacks, Leichte Sprache first with a switch that
// works without JavaScript, the Leichte Sprache page listing the offer. The translations are
// written straight into the demo site's database, as a review would publish them (approved);
// the page reads the database on every request. The rows are put back as they were afterwards.

/** "Spielmobil – Spielaktionen in den Stadtteilen" (prisma/seed/offers/hf5-wohnumfeld.ts): no test edits it. */
const OFFER_ID = "bc116b4a-f4d9-4817-b1c8-0edb2a7ac8e6";
const GERMAN_NAME = "Spielmobil – Spielaktionen in den Stadtteilen";
const ENGLISH = { name: "Play bus – play afternoons in the neighbourhoods", description: "The play bus brings games and a play leader to your part of town." };
const EASY = { name: "Spiel-Mobil: Spielen in Ihrem Stadt-Teil", description: "Das Spiel-Mobil ist ein Bus mit Spielen. Der Bus kommt in Ihren Stadt-Teil." };

const messages = (locale: string, file: string) => {
  try {
    return JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}/${file}.json`), "utf8"));
  } catch {
    return {};
  }
};
/** The resident's note, as the page shows it: the locale's catalogue, German where it has no such string. */
const offerMessage = (locale: string, key: string): string => messages(locale, "offer").Offer?.[key] ?? messages("de", "offer").Offer[key];

let client: pg.Client;
let saved: Record<string, unknown>[] = [];

/** The demo site's database (scripts/lib/services.ts records it in the data folder). */
function databaseUrl() {
  const dataDir = process.env.E2E_DATA_DIR ?? process.env.ANGEBOTSKATALOG_DATA_DIR ?? ".data";
  return (JSON.parse(readFileSync(path.join(dataDir, "services.json"), "utf8")) as { DATABASE_URL: string }).DATABASE_URL;
}

const upsertTranslation = (locale: string, t: { name: string; description: string }, outdatedSince: Date | null = null) =>
  client.query(
    `INSERT INTO "ServiceTranslation" ("id", "serviceId", "locale", "name", "description", "reviewState", "outdatedSince", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 'APPROVED', $5, now())
     ON CONFLICT ("serviceId", "locale") DO UPDATE SET "name" = $3, "description" = $4, "eligibilityDescription" = NULL,
       "feesDescription" = NULL, "applicationProcess" = NULL, "reviewState" = 'APPROVED', "outdatedSince" = $5, "updatedAt" = now()`,
    [OFFER_ID, locale, t.name, t.description, outdatedSince],
  );

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  saved = (await client.query(`SELECT * FROM "ServiceTranslation" WHERE "serviceId" = $1 AND "locale" IN ('en', 'de-x-ls')`, [OFFER_ID])).rows;
  await upsertTranslation("en", ENGLISH);
  await upsertTranslation("de-x-ls", EASY);
});

test.afterAll(async () => {
  await client.query(`DELETE FROM "ServiceTranslation" WHERE "serviceId" = $1 AND "locale" IN ('en', 'de-x-ls')`, [OFFER_ID]);
  for (const row of saved) {
    const columns = Object.keys(row);
    await client.query(
      `INSERT INTO "ServiceTranslation" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
      Object.values(row),
    );
  }
  await client.end();
});

test("an offer with an English translation shows it on /en, German where the translation has no text", async ({ page }) => {
  await page.goto(`/en/angebote/${OFFER_ID}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ENGLISH.name);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang");
  await expect(page.getByText(ENGLISH.description)).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(ENGLISH.name));
  // The seed's text for whom the offer is has no English version: shown in German, marked so.
  await expect(page.locator("section[aria-labelledby=offer-for-whom] p")).toHaveAttribute("lang", "de");
  await expect(page.locator("article").getByRole("note")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an outdated translation says the German text has changed and links to it", async ({ page }) => {
  await upsertTranslation("en", ENGLISH, new Date());
  try {
    await page.goto(`/en/angebote/${OFFER_ID}`);
    const note = page.locator("article").getByRole("note");
    await expect(note).toContainText(offerMessage("en", "translationOutdated"));
    await note.getByRole("link", { name: offerMessage("en", "showGerman") }).click();
    await expect(page).toHaveURL(new RegExp(`/angebote/${OFFER_ID}\\?text=standard$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(GERMAN_NAME);
  } finally {
    await upsertTranslation("en", ENGLISH);
  }
});

test("an offer without a Ukrainian text shows the German text on /uk with a note in Ukrainian", async ({ page }) => {
  await page.goto(`/uk/angebote/${OFFER_ID}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GERMAN_NAME);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  await expect(page.locator("article").getByRole("note")).toHaveText(offerMessage("uk", "germanOnly"));
  await expectNoAxeViolations(page);
});

test("the German page shows Leichte Sprache first and switches to the standard text without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/angebote/${OFFER_ID}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(EASY.name);
  await expect(page.getByText(EASY.description)).toBeVisible();
  const textSwitch = page.getByRole("navigation", { name: "Textfassung" });
  await expect(textSwitch.locator("[aria-current=true]")).toHaveText("Leichte Sprache");

  await textSwitch.getByRole("link", { name: "Standard-Text" }).click();
  await expect(page).toHaveURL(new RegExp(`/angebote/${OFFER_ID}\\?text=standard$`));
  await expect(heading).toHaveText(GERMAN_NAME);
  await expect(page.getByText(EASY.description)).toHaveCount(0);
  await expect(textSwitch.locator("[aria-current=true]")).toHaveText("Standard-Text");

  await textSwitch.getByRole("link", { name: "Leichte Sprache" }).click();
  await expect(heading).toHaveText(EASY.name);
  await context.close();
});

test("the Leichte Sprache page lists the offer by its Leichte Sprache name and opens that text", async ({ page }) => {
  await page.goto("/leichte-sprache");
  const list = page.getByRole("region", { name: "Angebote in Leichter Sprache" });
  await list.getByRole("link", { name: EASY.name }).click();
  await expect(page).toHaveURL(new RegExp(`/angebote/${OFFER_ID}\\?text=leicht$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EASY.name);
  await expectNoAxeViolations(page); // the switch included (axe needs JavaScript, so not in the test above)
});
