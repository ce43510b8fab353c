import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionForms, ADMIN, PROVIDER, REVIEWER, SEED_GOAL_ID, SEED_MEASURE_ID, signedIn } from "./helpers";

// Every server action a signed-in person can reach, collected from the pages' own forms, posted
// as a browser without JavaScript would: without a session it must send to the sign-in page, and
// with a session but from another site it must be refused with a 403 (proxy.ts checks the Origin
// as Next does, which would answer 500), before anything runs.
// (Scoped refusals — another organisation's ids — are tested per feature.)

test("no write path works without a session or from another site", async ({ browser, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const provider = await signedIn(browser, baseURL, PROVIDER);
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  const admin = await signedIn(browser, baseURL, ADMIN);

  // Preconditions, so that every kind of form is on a page: a submitted change (review decision
  // forms), a second version (restore form), a pending invitation (revoke form).
  await provider.page.goto("/meine-angebote");
  // The last offer: review.spec.ts approves a change to the first one and must not see it change.
  const item = provider.page.locator("main li").last();
  const editHref = (await item.getByRole("link", { name: /^Bearbeiten:/ }).getAttribute("href"))!;
  const offerId = /([0-9a-f-]{36})/.exec(editHref)![1]!;
  const orgHref = (await provider.page.getByRole("link", { name: /^Organisation bearbeiten:/ }).first().getAttribute("href"))!;
  await item.getByRole("button", { name: /^Angaben sind noch aktuell/ }).click();
  await provider.page.goto(editHref);
  await provider.page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(provider.page).toHaveURL(/eingereicht=1/);
  await reviewer.page.goto("/pruefung");
  const reviewHref = (await reviewer.page.getByRole("link", { name: /^Prüfen: / }).first().getAttribute("href"))!;
  await admin.page.goto("/verwaltung/einladungen");
  await admin.page.getByLabel("E-Mail-Adresse").fill(`schreibpfad-${Date.now()}@example.org`);
  await admin.page.getByLabel("Rolle").selectOption({ label: "Netzwerkpartner" });
  await admin.page.getByRole("button", { name: "Einladen", exact: true }).click();
  await expect(admin.page.getByLabel("Einladungslink")).toBeVisible();
  await reviewer.page.goto("/planung/szenarien");
  await reviewer.page.getByLabel("Name").fill(`Schreibpfad ${Date.now()}`);
  await reviewer.page.getByRole("button", { name: "Anlegen" }).click();
  await expect(reviewer.page).toHaveURL(/\/planung\/szenarien\/[0-9a-f-]{36}$/);
  const scenarioHref = new URL(reviewer.page.url()).pathname;
  await reviewer.page.goto("/planung/plan");
  const measureHref = (await reviewer.page.getByRole("link", { name: "Einen Pflegestützpunkt in Eisenach aufbauen" }).getAttribute("href"))!;

  const pages: [APIRequestContext, string][] = [
    [provider.context.request, "/meine-angebote"],
    [provider.context.request, editHref],
    [provider.context.request, `/meine-angebote/${offerId}/verlauf`],
    [provider.context.request, orgHref],
    [reviewer.context.request, reviewHref],
    [reviewer.context.request, "/pruefung/meldungen"],
    [reviewer.context.request, "/pruefung/synonyme"],
    [reviewer.context.request, "/planung/daten"],
    [reviewer.context.request, "/planung/szenarien"],
    [reviewer.context.request, scenarioHref],
    [reviewer.context.request, "/planung/luecken"],
    [reviewer.context.request, "/planung/plan/finanzen"],
    [reviewer.context.request, "/planung/mikroprojekte"],
    // The plan's editing pages: the tree, a goal (sub-goals) and a measure (indicators) of the seed.
    [reviewer.context.request, "/planung/plan/bearbeiten"],
    [reviewer.context.request, `/planung/plan/bearbeiten/ziele/${SEED_GOAL_ID}`],
    [reviewer.context.request, `/planung/plan/bearbeiten/massnahmen/${SEED_MEASURE_ID}`],
    [reviewer.context.request, "/planung/stichtage"],
    [reviewer.context.request, "/planung/plan/neuer-zeitraum"],
    [reviewer.context.request, measureHref],
    [admin.context.request, "/verwaltung/einladungen"],
    [admin.context.request, "/verwaltung/konten"],
  ];
  const actions: { path: string; owner: APIRequestContext; fields: Record<string, string> }[] = [];
  for (const [owner, path] of pages) for (const fields of await actionForms(owner, path)) actions.push({ path, owner, fields });
  // confirm, save offer, restore, save organisation, approve, reject, invite, revoke, disable, membership …
  expect(actions.length).toBeGreaterThanOrEqual(11);

  const anonymous = await playwright.request.newContext({ baseURL });
  for (const { path, owner, fields } of actions) {
    const post = (request: APIRequestContext, origin: string) =>
      request.post(path, { headers: { Origin: origin }, multipart: fields, maxRedirects: 0 });
    const refused = await post(anonymous, baseURL!);
    expect(refused.status(), `${path} ${Object.keys(fields).join(" ")} without a session`).toBe(303);
    expect(refused.headers().location).toContain("/anmelden?callbackUrl=");
    const forged = await post(owner, "https://evil.example");
    expect(forged.status(), `${path} from another site`).toBe(403);
  }
  await anonymous.dispose();
  for (const person of [provider, reviewer, admin]) await person.context.close();
});
