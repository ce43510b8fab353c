import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// The planners' map and reachability on the demo data: the six Planungsräume have (stand-in)
// boundaries, and the Frauenhaus (hidden address, Angebotsart "Schutz bei Gewalt", city-wide) has its
// place stored at the centre of "West / Oppenheimstraße": it must never appear on the map or be measured to.

const PATHS = ["/planung/karte", "/planung/karte?achse=angebotsart&spalte=schutz_gewalt&punkte=alle", "/planung/erreichbarkeit", "/planung/erreichbarkeit.csv"];

test("a planner without JavaScript opens the map, picks a column and a measure, and reads legend and table", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  // From the matrix, with its filters.
  await page.goto("/planung/abdeckung?kostenlos=1");
  await page.getByRole("link", { name: "Diese Abdeckung als Karte zeigen" }).click();
  await expect(page).toHaveURL(/\/planung\/karte\?kostenlos=1$/);
  await expect(page.getByText("Filter aus der Abdeckung bleiben erhalten: nur kostenlose Angebote")).toBeVisible();
  await page.goto("/planung");
  await page.getByRole("link", { name: "Karte", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karte der Abdeckung");
  const map = page.getByRole("img", { name: /Karte der Planungsräume/ });
  await expect(map).toBeVisible();
  expect(await map.locator("path").count()).toBe(6);

  await page.getByLabel("Spalte").selectOption({ label: "Dialog der Generationen" });
  await page.getByLabel("Maß").selectOption({ label: "Plätze je 1.000 Einwohner" });
  await page.getByRole("button", { name: "Karte zeigen" }).click();
  await expect(page).toHaveURL(/spalte=6/);
  await expect(page).toHaveURL(/mass=plaetze/);
  await expect(page.getByRole("heading", { name: "Legende: Plätze je 1.000 Einwohner" })).toBeVisible();
  await expect(page.getByText(/Lücke \(schraffiert\)/)).toBeVisible();
  const table = page.getByRole("table", { name: "Werte der Karte: Plätze je 1.000 Einwohner, Dialog der Generationen" });
  await expect(table.getByRole("row")).toHaveCount(7);
  // Unknown capacity reads "keine Angabe", never 0; a gap is written out.
  await expect(table.getByRole("row", { name: /^Südstadt/ })).toContainText("keine Angabe");
  await expect(table).toContainText("Lücke");
  await expect(page.getByRole("img", { name: /Plätze je 1\.000 Einwohner für Dialog der Generationen/ })).toBeVisible();

  // The Frauenhaus: its column, every place drawn; neither its name nor a dot at its area's centre.
  await page.goto("/planung/karte?achse=angebotsart&spalte=schutz_gewalt&punkte=alle");
  const html = await page.content();
  expect(html).not.toContain("Frauenhaus");
  expect(html).not.toContain("vertrauliche");
  await expect(page.getByRole("table", { name: /Schutz bei Gewalt/ })).toBeVisible();
  await context.close();
});

test("map and reachability pass axe, load nothing from elsewhere, and the map prints on A4 without navigation", async ({ browser, baseURL }) => {
  const { context, page: signed } = await signedIn(browser, baseURL, REVIEWER);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  signed.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  for (const path of ["/planung/karte", "/planung/erreichbarkeit"]) {
    await signed.goto(path);
    await signed.waitForLoadState("networkidle");
    // Nothing that points elsewhere either (the CSP would block a request the listener then never sees);
    // the hreflang alternates are absolute, as they must be, on the site's own origin.
    const own = new URL(signed.url()).origin.replace(/[.:/]/g, "\\$&");
    const elsewhere = new RegExp(`\\b(?:src|href|action|srcset|poster)="(?!\\/(?!\\/)|#|\\?|${own}\\/)`);
    expect(await signed.content(), path).not.toMatch(elsewhere);
    await expectNoAxeViolations(signed);
  }
  expect(foreign).toEqual([]);

  await signed.goto("/planung/karte");
  await signed.emulateMedia({ media: "print" });
  await expect(signed.getByRole("navigation", { name: /Konto/ })).toBeHidden();
  await expect(signed.getByRole("button", { name: "Karte zeigen" })).toBeHidden();
  await expect(signed.getByRole("img", { name: /Karte der Planungsräume/ })).toBeVisible();
  const pdf = await signed.pdf({ preferCSSPageSize: true });
  // A4 portrait in points (595 x 842), as the page's print stylesheet asks (Chromium's default is Letter).
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [w, h] of boxes) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
  await context.close();
});

test("a planner reads the reachability table, changes the distance and downloads the CSV", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser, baseURL, REVIEWER, false);
  await page.goto("/planung/karte");
  await page.getByRole("link", { name: "Erreichbarkeit" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erreichbarkeit");
  const table = page.getByRole("table", { name: /Erreichbarkeit nach Planungsraum und Angebotsart \(Nachbarraum bis 1,5 km/ });
  // The Frauenhaus lies at the area's very centre: never measured (it would be 0 km), only named as present.
  const shelter = table.getByRole("row", { name: /^West \/ Oppenheimstraße Schutz bei Gewalt/ });
  await expect(shelter).toContainText("im Raum vorhanden, Lage nicht öffentlich");
  await expect(shelter).not.toContainText(/\b0,0 \//);
  await expect(page.getByRole("status")).toContainText(/Lücke/);

  await page.getByLabel(/Höchstens so weit/).fill("3");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/abstand=3/);
  await expect(page.getByRole("table", { name: /Nachbarraum bis 3 km/ })).toBeVisible();

  const csv = await context.request.get("/planung/erreichbarkeit.csv?abstand=3");
  expect(csv.status()).toBe(200);
  const bytes = Buffer.from(await csv.body());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toMatch(/^\uFEFFPlanungsraum;Angebotsart;Luftlinie/);
  expect(text).toMatch(/\r\nWest \/ Oppenheimstraße;Schutz bei Gewalt;[^\r]*;im Raum vorhanden, Lage nicht öffentlich\r\n/);
  expect(text).not.toContain("Frauenhaus");
  await context.close();
});

test("providers and network partners get a 404 on map, reachability and its CSV, signed-out visitors on the CSV", async ({ browser, baseURL, request }) => {
  for (const email of [PROVIDER, NETWORK_PARTNER]) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of PATHS) expect((await context.request.get(path)).status(), `${email} ${path}`).toBe(404);
    await context.close();
  }
  expect((await request.get("/planung/erreichbarkeit.csv")).status()).toBe(404);
});
