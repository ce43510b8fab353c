import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionFields, expectSecurityHeaders, NETWORK_PARTNER, PASSWORD, PROVIDER, PROVIDER2, REVIEWER, signedIn } from "./helpers";

// Requests a client got wrong get the 4xx that says so, with the site's security headers, never a
// 500: each case here was a 500 once (malformed path, a page outside the role, a bad callbackUrl,
// an oversized or cross-origin server action).

const ONE_MB = 1024 * 1024;

test("a path that does not decode is a 400", async ({ request }) => {
  for (const path of ["/%ff", "/%C3%28", "/angebote/%E0%A4%A", "/en/%ff", "/datei.%ff", "/api/auth/%ff"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/^(Ungültige Adresse|Invalid address)/);
    expectSecurityHeaders(response);
  }
});

test("an address no route matches answers 404 with a whole page in the address's language, without JavaScript", async ({ request }) => {
  const cases: [string, string, string, string][] = [
    ["/gibt-es-nicht", "de", "ltr", "Seite nicht gefunden"],
    ["/ar/gibt-es-nicht/auch-nicht", "ar", "rtl", "الصفحة غير موجودة"],
    ["/uk/x?q=1", "uk", "ltr", "Сторінку не знайдено"],
  ];
  for (const [path, lang, dir, title] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${lang}" dir="${dir}">`);
    expect(html, path).toContain(title);
    expectSecurityHeaders(response);
  }
});

test("a page outside one's role is a 404, like a page that does not exist", async ({ browser, baseURL, request }) => {
  const notFound = await request.get("/gibt-es-nicht");
  expect(notFound.status()).toBe(404);
  expectSecurityHeaders(notFound);

  const forbidden: [string, string[]][] = [
    [NETWORK_PARTNER, ["/meine-angebote", "/meine-angebote/meldungen", "/pruefung", "/pruefung/angebote", "/pruefung/veraltet", "/pruefung/meldungen", "/pruefung/synonyme", "/pruefung/zuordnungen", "/verwaltung/einladungen", "/verwaltung/konten"]],
    [PROVIDER, ["/fachinfo", "/pruefung", "/pruefung/angebote", "/pruefung/veraltet", "/pruefung/meldungen", "/pruefung/synonyme", "/pruefung/zuordnungen", "/verwaltung/einladungen", "/verwaltung/konten"]],
    [REVIEWER, ["/verwaltung/konten"]],
  ];
  for (const [email, paths] of forbidden) {
    const { context } = await signedIn(browser, baseURL, email);
    for (const path of paths) {
      const response = await context.request.get(path);
      expect(response.status(), `${email} ${path}`).toBe(404);
      expectSecurityHeaders(response);
    }
    await context.close();
  }
});

test("a bad callbackUrl is ignored or refused, never a 500", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const signIn = async (callbackUrl: string) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    return request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: PROVIDER2, password: PASSWORD, callbackUrl },
      maxRedirects: 0,
    });
  };
  for (const callbackUrl of ["foo", "http://[", "https://evil.example/", "//evil.example"]) {
    const response = await signIn(callbackUrl);
    expect(response.status(), callbackUrl).toBe(302);
    expect(response.headers().location, callbackUrl).toBe(`${baseURL}/`);
  }
  expect((await signIn("/konto")).headers().location).toBe(`${baseURL}/konto`);

  const inQuery = await request.get("/api/auth/signin?callbackUrl=foo");
  expect(inQuery.status()).toBe(400);
  expectSecurityHeaders(inQuery);

  const inCookie = await request.get("/api/auth/session", { headers: { Cookie: "next-auth.callback-url=foo" } });
  expect(inCookie.status()).toBe(200);
  await request.dispose();
});

/** A resident's server action: the error report form on an offer page, with the action's id. */
async function reportAction(request: APIRequestContext) {
  const html = await (await request.get("/?q=Beratung")).text();
  const path = /href="(\/angebote\/[0-9a-f-]{36})[?"]/.exec(html)![1]!;
  const fields = await actionFields(request, path);
  const ref = Object.entries(fields).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  const id = Object.keys(fields).find((name) => name.startsWith("$ACTION_ID_"))?.slice("$ACTION_ID_".length) ?? JSON.parse(ref!).id;
  return { path, fields, id: id as string };
}

test("a server action from another site is a 403", async ({ request, baseURL }) => {
  const { path, fields, id } = await reportAction(request);
  const withoutJs = await request.post(path, { headers: { Origin: "https://evil.example" }, multipart: fields, maxRedirects: 0 });
  expect(withoutJs.status()).toBe(403);
  expectSecurityHeaders(withoutJs);
  const withJs = await request.post(path, {
    headers: { Origin: "https://evil.example", "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(withJs.status()).toBe(403);
  expectSecurityHeaders(withJs);
  // The same post from the site itself is not refused.
  const own = await request.post(path, { headers: { Origin: baseURL! }, multipart: fields, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
});

test("a server action over 1 MB is a 413", async ({ request, baseURL }) => {
  const { path, fields, id } = await reportAction(request);
  const big = "a".repeat(ONE_MB + 1000);
  const withoutJs = await request.post(path, { headers: { Origin: baseURL! }, multipart: { ...fields, description: big }, maxRedirects: 0 });
  expect(withoutJs.status()).toBe(413);
  expectSecurityHeaders(withoutJs);
  const withJs = await request.post(path, {
    headers: { Origin: baseURL!, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([big]),
  });
  expect(withJs.status()).toBe(413);
  expectSecurityHeaders(withJs);
});

test("a form post to a page that is no form is a 400", async ({ request, baseURL }) => {
  const { path } = await reportAction(request);
  const response = await request.post(path, {
    headers: { Origin: baseURL!, "Content-Type": "multipart/form-data; boundary=xx" },
    data: "garbage",
  });
  expect(response.status()).toBe(400);
  expectSecurityHeaders(response);
});
