import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionFields, PROVIDER, PROVIDER2, REVIEWER, signedIn } from "./helpers";

// The offer edit and review actions attacked the way a browser without JavaScript (or a script)
// would post them: without a session, from another site, with another organisation's offer id,
// with a provider trying to publish, and with huge input. Each attack is paired with the genuine
// request, so a refusal means something.

/** The first offer on a provider's "Meine Angebote" page: its id and edit path. */
async function firstOffer(request: APIRequestContext) {
  const html = await (await request.get("/meine-angebote")).text();
  const id = /\/meine-angebote\/([0-9a-f-]{36})\/bearbeiten/.exec(html)![1]!;
  return { id, path: `/meine-angebote/${id}/bearbeiten` };
}

test("the edit action refuses anonymous, cross-site, foreign and over-privileged posts; huge input gets a clear answer", async ({ browser, baseURL, playwright }) => {
  test.setTimeout(90_000);
  const owner = await signedIn(browser, baseURL, PROVIDER);
  const target = await firstOffer(owner.context.request);
  const fields = await actionFields(owner.context.request, target.path, 'id="offer-edit"');
  const post = (request: APIRequestContext, form: Record<string, string>, origin = baseURL!) =>
    request.post(target.path, { headers: { Origin: origin }, multipart: { ...fields, offerId: target.id, ...form }, maxRedirects: 0 });

  // The genuine request is accepted and validated: an empty name is answered next to the field.
  const genuine = await post(owner.context.request, { name: "", description: "Beschreibung" });
  expect(genuine.status()).toBe(200);
  expect(await genuine.text()).toContain("Bitte füllen Sie dieses Feld aus.");

  // No session: sent to the sign-in page.
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await post(anonymous, { name: "Angriff anonym", description: "x" });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toContain("/anmelden?callbackUrl=");
  await anonymous.dispose();

  // The owner's own cookies, sent from another site: proxy.ts refuses the action (Origin check).
  const forged = await post(owner.context.request, { name: "Angriff fremde Seite", description: "x" }, "https://evil.example");
  expect(forged.status()).toBe(403);

  // Another organisation's provider with its own valid form, aimed at this offer's id.
  const other = await signedIn(browser, baseURL, PROVIDER2);
  const otherOffer = await firstOffer(other.context.request);
  const otherFields = await actionFields(other.context.request, otherOffer.path, 'id="offer-edit"');
  const foreign = await other.context.request.post(otherOffer.path, {
    headers: { Origin: baseURL! },
    multipart: { ...otherFields, offerId: target.id, name: "Angriff Übernahme", description: "x" },
    maxRedirects: 0,
  });
  expect(await foreign.text()).toContain("Sie dürfen dieses Angebot nicht bearbeiten.");
  await other.context.close();

  // A provider cannot publish directly, even by sending the reviewer's button.
  const publish = await post(owner.context.request, { name: "Angriff sofort", description: "x", publish: "now" });
  expect(await publish.text()).toContain("Sie dürfen dieses Angebot nicht bearbeiten.");

  // Far too much text: proxy.ts refuses a body over Next's 1 MB limit before the action runs (the
  // form's maxlength keeps a browser from sending it); below that, the answer stands next to the field.
  const huge = await post(owner.context.request, { name: "Angriff groß", description: "x".repeat(2_000_000) });
  expect(huge.status()).toBe(413);
  const long = await post(owner.context.request, { name: "Angriff lang", description: "x".repeat(10_001) });
  expect(await long.text()).toContain("Der Text ist zu lang. Bitte kürzen Sie ihn.");

  // None of it was stored: the owner's form shows no such draft, and the reviewers' queue has no
  // change to this offer by the other organisation.
  expect(await (await owner.context.request.get(target.path)).text()).not.toContain("Angriff");
  await owner.page.goto("/meine-angebote");
  const targetName = (await owner.page.locator("main li").first().getByRole("heading", { level: 2 }).textContent())!.trim();
  const reviewer = await signedIn(browser, baseURL, REVIEWER);
  await reviewer.page.goto("/pruefung");
  await expect(reviewer.page.getByRole("row").filter({ hasText: targetName }).filter({ hasText: "Seniorendienste" })).toHaveCount(0);
  await reviewer.context.close();
  await owner.context.close();
});
