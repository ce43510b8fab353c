import { expect, test } from "@playwright/test";
import { otherLoopbackAddress, routeFrom } from "./other-client";

// Finding: five error reports in a row from one client were all stored. The report form now
// refuses the sixth within an hour and says so in German, keeping the text. The browser's requests
// go out from a client address of its own (./other-client.ts), so the other tests' reports from
// 127.0.0.1 are not refused.

test("a resident who sends a sixth report within an hour is told to wait, and keeps the text", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await routeFrom(context, new URL(baseURL!).origin, otherLoopbackAddress());
  const page = await context.newPage();
  await page.goto("/?q=Beratung");
  const offers = await page.locator("main li h3 a").evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
  expect(offers).toHaveLength(3);

  const report = async (offer: string, n: number) => {
    await page.goto(offer);
    await page.getByLabel("Was ist falsch?").fill(`Meldung ${n}: die Telefonnummer stimmt nicht mehr.`);
    await page.getByRole("button", { name: "Meldung senden" }).click();
  };
  // Five reports, spread over offers: the limit is per client, across offers.
  for (let n = 1; n <= 5; n++) {
    await report(offers[n % offers.length], n);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Meldung");
  }
  await report(offers[0], 6);
  await expect(page.getByRole("alert")).toHaveText(/Sie haben in kurzer Zeit schon mehrere Meldungen geschickt\. Bitte warten Sie \d+ Minuten/);
  await expect(page.getByLabel("Was ist falsch?")).toHaveValue("Meldung 6: die Telefonnummer stimmt nicht mehr.");
  await context.close();
});
