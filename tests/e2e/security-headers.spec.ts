import { expect, test, type APIRequestContext, type APIResponse, type BrowserContext, type Page } from "@playwright/test";
import { STATIC_POLICY, UPLOADED_FILE_POLICY } from "../../server/http/security-headers";
import { ADMIN, expectSecurityHeaders, PROVIDER, REVIEWER, signedIn } from "./helpers";
import { startSecondSite } from "./second-site";

// The Content-Security-Policy of every kind of answer (proxy.ts, server/http/security-headers.ts):
// pages allow only scripts with their request's nonce, and Next really puts that nonce on every
// script; the browser reports no violation while a resident and staff use the pages, and the
// pages' JavaScript still runs. HSTS only behind a trusted proxy that received TLS.

/** The nonce of a page's policy, after checking that every script of its HTML carries it. */
async function expectNoncedPage(response: APIResponse) {
  expectSecurityHeaders(response);
  const policy = response.headers()["content-security-policy"];
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, `a nonce on ${response.url()}: ${policy}`).toBeTruthy();
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts on ${response.url()}`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, response.url()).toContain(`nonce="${nonce}"`);
  return nonce!;
}

async function offerId(request: APIRequestContext, search: string) {
  const page = await (await request.get(`/api/hsds/services?search=${encodeURIComponent(search)}&minimal=true`)).json();
  return page.contents[0].id as string;
}

test("every kind of page has a fresh nonce on its policy and on each of its scripts", async ({ browser, baseURL, request }) => {
  test.setTimeout(90_000);
  const shelter = await offerId(request, "Frauenhaus Eisenach"); // its address is hidden
  const offer = await offerId(request, "Pflegestützpunkt");
  const residents = ["/", "/?q=Beratung", `/angebote/${offer}`, `/angebote/${shelter}`, `/en/angebote/${offer}`, "/anmelden", "/merkliste"];
  const nonces = new Set<string>();
  for (const path of residents) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    nonces.add(await expectNoncedPage(response));
    expect(response.headers()["strict-transport-security"], path).toBeUndefined(); // plain HTTP, no trusted proxy
  }
  expect(nonces.size, "a new nonce per request").toBe(residents.length);

  for (const [email, paths] of [
    [PROVIDER, ["/meine-angebote"]],
    [REVIEWER, ["/pruefung", "/planung", "/planung/plan"]],
  ] as const) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of paths) {
      const response = await context.request.get(path);
      expect(response.status(), path).toBe(200);
      await expectNoncedPage(response);
    }
    await context.close();
  }

  // Not found: a whole page of its own (global-not-found) and a page's notFound() inside the frame.
  for (const path of ["/gibt-es-nicht", "/angebote/00000000-0000-4000-8000-000000000000", "/uk/x"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    await expectNoncedPage(response);
  }
});

test("API answers, refusals and files keep a static policy; uploaded files a sandbox", async ({ request }) => {
  const cases: [string, number, string | null][] = [
    ["/api/hsds/services", 200, STATIC_POLICY],
    ["/api/hsds", 200, STATIC_POLICY],
    ["/api/account-status", 200, STATIC_POLICY],
    ["/api/hsds/services/00000000-0000-4000-8000-000000000000", 404, STATIC_POLICY],
    ["/%ff", 400, null], // the proxy's own refusal, before any route (a page's policy: it might have been one)
    ["/api/auth/%ff", 400, STATIC_POLICY],
    ["/planung/plan/nachweise/00000000-0000-4000-8000-000000000000.pdf", 404, UPLOADED_FILE_POLICY],
  ];
  for (const [path, status, policy] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response);
    if (policy) expect(response.headers()["content-security-policy"], path).toBe(policy);
  }
  // A build file the proxy never sees: next.config.mjs's static headers.
  const html = await (await request.get("/")).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const file = await request.get(chunk);
  expect(file.status()).toBe(200);
  expectSecurityHeaders(file);
  expect(file.headers()["content-security-policy"]).toBe(STATIC_POLICY);
});

/** Records what the browser refused under the policy: `securitypolicyviolation` events and console errors. */
async function recordViolations(context: BrowserContext, violations: string[]) {
  await context.exposeBinding("__cspViolation", (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`),
    );
  });
  const watch = (page: Page) => {
    page.on("console", (m) => /Content.Security.Policy|Refused to (execute|load|apply)/i.test(m.text()) && violations.push(m.text()));
    page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

test("residents and staff use the pages without a single policy violation, and JavaScript works", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  const resident = await browser.newContext({ baseURL });
  await recordViolations(resident, violations);
  const page = await resident.newPage();
  await page.goto("/?q=Pflegestützpunkt");
  await page.locator("main li h3 a").first().click();
  await page.waitForURL(/\/angebote\/[0-9a-f-]{36}/);
  // A client component at work: the Merkliste button keeps the offer in this browser.
  await page.getByRole("button", { name: /^Auf die Merkliste/ }).click();
  await expect(page.getByRole("button", { name: /^Von der Merkliste nehmen/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Merkliste" }).click();
  await expect(page.getByText("Sie haben 1 Angebot gemerkt.")).toBeVisible();
  for (const path of ["/", "/?q=Frauenhaus", "/en", "/ar/anmelden", "/verzeichnis", "/plan", "/gibt-es-nicht", "/angebote/00000000-0000-4000-8000-000000000000"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await resident.close();

  for (const [email, paths] of [
    [PROVIDER, ["/meine-angebote", "/konto"]],
    [REVIEWER, ["/pruefung", "/pruefung/angebote", "/pruefung/synonyme", "/planung", "/planung/karte", "/planung/luecken", "/planung/szenarien", "/planung/plan"]],
    [ADMIN, ["/verwaltung/konten", "/verwaltung/einladungen"]],
  ] as const) {
    const { context, page: staff } = await signedIn(browser, baseURL, email);
    await recordViolations(context, violations);
    for (const path of paths) {
      await staff.goto(path);
      await staff.waitForLoadState("networkidle");
    }
    if (email === PROVIDER) {
      // The offer form (Conform in the browser): its error summary takes the focus, by script.
      await staff.goto("/meine-angebote");
      await staff.goto((await staff.locator("main li").last().getByRole("link", { name: /^Bearbeiten:/ }).getAttribute("href"))!);
      await staff.getByLabel("Name des Angebots").fill("");
      await staff.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
      await expect(staff.getByRole("alert", { name: /^Bitte korrigieren Sie/ })).toBeFocused();
    }
    await context.close();
  }
  expect(violations).toEqual([]);
});

test("HSTS only when a trusted proxy received the request over TLS", async ({ request }) => {
  // The demo site trusts no proxy: a client's own X-Forwarded-Proto changes nothing.
  const direct = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(direct.headers()["strict-transport-security"]).toBeUndefined();

  const behindProxy = await startSecondSite({ TRUSTED_PROXIES: "1" });
  try {
    for (const path of ["/", "/api/hsds", "/gibt-es-nicht", "/%ff"]) {
      const tls = await fetch(`${behindProxy.url}${path}`, { headers: { "X-Forwarded-Proto": "https" } });
      expect(tls.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
      const plain = await fetch(`${behindProxy.url}${path}`, { headers: { "X-Forwarded-Proto": "http" } });
      expect(plain.headers.get("strict-transport-security"), path).toBeNull();
    }
  } finally {
    await behindProxy.stop();
  }
});
