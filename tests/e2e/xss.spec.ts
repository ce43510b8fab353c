import { expect, test } from "@playwright/test";
import { REVIEWER, signedIn } from "./helpers";

// HTML and script typed into a text field are shown as text wherever the text appears: the public
// offer page, the search results (with highlighting), the review diff and the history.

test("markup in an offer's text is shown as text, never run", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const marker = `Skripttest${Date.now()}`;
  const payload = `${marker} <script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><b>fett</b>`;
  const { context, page } = await signedIn(browser, baseURL, REVIEWER);
  await page.goto("/pruefung/angebote?q=Lernpatenschaften");
  await page.getByRole("link", { name: /^Bearbeiten:/ }).first().click();
  const description = page.getByLabel("Beschreibung", { exact: true });
  await description.fill(`${await description.inputValue()}\n${payload}`);
  await page.getByRole("button", { name: "Sofort veröffentlichen" }).click();
  await expect(page.getByRole("status").first()).toContainText("ist veröffentlicht");
  const offerPath = (await page.getByRole("link", { name: /^Verlauf: Lernpatenschaften/ }).getAttribute("href"))!.replace("/meine-angebote/", "/angebote/").replace("/verlauf", "");

  const visit = async (path: string) => {
    await page.goto(path);
    await expect(page.getByText(marker, { exact: false }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText('<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><b>fett</b>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("main b", { hasText: "fett" }).count()).toBe(0);
  };
  await visit(offerPath);
  await visit(offerPath.replace("/angebote/", "/meine-angebote/") + "/verlauf");
  await expect(async () => {
    await page.goto(`/?q=${marker}`);
    await expect(page.locator("main")).toContainText(marker, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("main b", { hasText: "fett" }).count()).toBe(0);
  await context.close();
});
