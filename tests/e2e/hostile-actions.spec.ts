import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { HOSTILE_MARKER, HOSTILE_VALUES, HUGE_2MB, LONG_10001 } from "../setup/hostile-values";
import { collectActions, type Action } from "./hostile-actions-setup";
import { asResponse, inParallel, MAX_BODY_BYTES, messageCount, multipartBody, problemsOf, type RawValue } from "./hostile-checks";
import { otherLoopbackAddress, send } from "./other-client";

// Every server-action form a signed-in person (and a resident) can reach, posted as a browser
// without JavaScript would, with hostile values: no 5xx, a message or a redirect, and nothing
// stored where the input was invalid (every hostile value carries HOSTILE_MARKER; afterwards no
// page shows it). Then sign-in with hostile values, and the known findings as expected failures.

test.describe.configure({ mode: "serial" });

/** Each value goes into every field of a form at once: the shared table plus what only a body can carry. */
// (Forms parse every field alike, so one of each kind: the whole table takes a minute here.)
const SKIPPED = /^(whitespace|filter syntax [2-46-8]|JSON array|Infinity|zero|exponent|hex number|javascript URL|broken percent escape)$/;
const VALUES: { name: string; value: RawValue }[] = [
  ...HOSTILE_VALUES.filter((v) => !SKIPPED.test(v.name)).map((v) => ({ name: v.name, value: v.text })),
  { name: "invalid UTF-8 bytes", value: Buffer.concat([Buffer.from(HOSTILE_MARKER), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])]) },
  { name: "a file instead of text", value: { file: Buffer.from(`${HOSTILE_MARKER} file`) } },
];
/** Below Next's 1 MB limit for action bodies; larger bodies are a known finding (below). */
const MAX_BODY = 900 * 1024;

let setup: Awaited<ReturnType<typeof collectActions>>;
const baselines = new Map<string, number>();

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  setup = await collectActions(browser, baseURL!);
  for (const a of setup.actions) baselines.set(`${a.who} ${a.path}`, messageCount(await (await a.request.get(a.path)).text()));
});
test.afterAll(async () => setup?.close());

async function post(action: Action, baseURL: string, values: [string, RawValue][]) {
  const { body, contentType } = multipartBody([...Object.entries(action.fields), ...values]);
  return action.request.post(action.path, { headers: { "content-type": contentType, Origin: baseURL }, data: body, maxRedirects: 0 });
}

/** The general rules, plus: a redirect, or the page with more messages than it had before. */
async function actionProblems(action: Action, name: string, response: Awaited<ReturnType<APIRequestContext["post"]>>, sentBytes = 0) {
  const label = `${action.who} POST ${action.path} [${action.inputs.join(",").slice(0, 80)}] ${name}`;
  // A form answers with what was posted (nothing typed is lost: in the HTML, React's payload and
  // Conform's reply, so three times), nothing more.
  const problems = await problemsOf(label, response, { publicAnswer: action.who === "resident", maxBytes: MAX_BODY_BYTES + 3 * sentBytes });
  const status = response.status();
  const redirected = status === 303 && Boolean(response.headers().location);
  if (status < 500 && !redirected && messageCount(await response.text()) <= baselines.get(`${action.who} ${action.path}`)!) {
    problems.push(`${label}: ${status} without a message`);
  }
  return problems;
}

/** No page a person or resident sees afterwards shows a hostile value: nothing was stored. */
async function expectNothingStored() {
  const { provider, reviewer, admin, anonymous, offerId, editHref, orgHref, measureHref } = setup;
  const pages: [APIRequestContext, string][] = [
    [provider.context.request, "/meine-angebote"], [provider.context.request, editHref], [provider.context.request, orgHref], [reviewer.context.request, measureHref],
    [provider.context.request, "/meine-angebote/meldungen"], [reviewer.context.request, "/pruefung"],
    [reviewer.context.request, "/pruefung/angebote"], [reviewer.context.request, "/pruefung/meldungen"], [reviewer.context.request, "/pruefung/synonyme"], [reviewer.context.request, "/planung/plan/vergleich"],
    [admin.context.request, "/verwaltung/einladungen"], [admin.context.request, "/verwaltung/konten"], [anonymous.request, `/angebote/${offerId}`],
    [reviewer.context.request, "/planung/plan/bearbeiten"], [reviewer.context.request, "/planung/plan/verlauf"], [anonymous.request, "/plan"],
  ];
  for (const [request, path] of pages) expect(await (await request.get(path)).text(), path).not.toContain(HOSTILE_MARKER);
}

test("every server action: each hostile value in every field at once, and no fields at all", async ({ baseURL }) => {
  test.setTimeout(180_000);
  // confirm, discard, create offer (x2), save offer, restore, save organisation, resolve report (x2),
  // approve, reject, invite, revoke, disable/enable, memberships, password link, report, accept invitation, set password
  expect(setup.actions.length).toBeGreaterThanOrEqual(18);
  expect(setup.actions.some((a) => a.path === setup.measureHref), "the indicator assessment form").toBe(true);
  const cases = setup.actions.flatMap((action) => [
    ...VALUES.map(({ name, value }) => ({ action, name, values: action.inputs.map((i): [string, RawValue] => [i, value]) })),
    { action, name: "missing fields", values: [] as [string, RawValue][] },
  ]);
  const sized = cases.map((c) => ({ ...c, bytes: multipartBody(c.values).body.length }));
  const small = sized.filter((c) => c.bytes < MAX_BODY);
  expect(small.length).toBeGreaterThan(cases.length * 0.9);
  const problems = await inParallel(small.map((c) => async () => actionProblems(c.action, c.name, await post(c.action, baseURL!, c.values), c.bytes)), 4);
  expect(problems.flat()).toEqual([]);
  await expectNothingStored();
});

/** Posts the form on `path` that has a control named `field`, as the browser fills it, with `field` set to (or extended by) `value`. */
async function postFilledForm(context: BrowserContext, path: string, field: string, value: string, append = false) {
  const page = await context.newPage();
  await page.goto(path);
  const answer = await page.evaluate(
    async ({ field, value, append }) => {
      const form = [...document.forms].find((f) => f.elements.namedItem(field))!;
      const data = new FormData(form);
      data.set(field, append ? `${String(data.get(field))}${value}` : value);
      const response = await fetch(location.href, { method: "POST", body: data, redirect: "manual" });
      return { status: response.status, text: await response.text() };
    },
    { field, value, append },
  );
  await page.close();
  return answer;
}

test("valid forms with one field too long are refused with a message; control characters are dropped", async () => {
  test.setTimeout(120_000);
  const { provider, reviewer, anonymous, admin, editHref, orgHref, offerId } = setup;
  const control = "\u0000\u0001\u001b\u007f";
  const cases: [BrowserContext, string, string, string][] = [
    [provider.context, editHref, "description", LONG_10001],
    [provider.context, editHref, "name", LONG_10001],
    [provider.context, orgHref, "name", LONG_10001],
    [provider.context, "/meine-angebote", "name", LONG_10001],
    [reviewer.context, "/planung/plan/neuer-zeitraum", "name", LONG_10001],
    [anonymous, `/angebote/${offerId}`, "message", LONG_10001],
    [admin.context, "/verwaltung/einladungen", "email", `${HOSTILE_MARKER}${control}@example.org`],
  ];
  for (const [context, path, field, value] of cases) {
    const { status, text } = await postFilledForm(context, path, field, value);
    const label = `${path} ${field}=${JSON.stringify(value.slice(0, 20))}…`;
    expect(status, label).toBeLessThan(500);
    expect(status, `${label}: answered with the form, not a redirect`).toBe(200);
    expect(messageCount(text), `${label}: a message`).toBeGreaterThan(0);
  }
  await expectNothingStored();

  // NUL made this form answer 500 (PostgreSQL stores no NUL); now the characters are dropped.
  const { status } = await postFilledForm(provider.context, editHref, "description", ` Kontroll${control}zeichenprobe`, true);
  expect(status, "submitted (a redirect)").toBe(0);
  const stored = await (await provider.context.request.get(editHref)).text();
  expect(stored).toContain("Kontrollzeichenprobe");
});

test("a Conform form with a malformed row intent answers with the form and a message", async ({ baseURL }) => {
  const forms = setup.actions.filter((a) => a.path === setup.editHref || a.path === setup.orgHref);
  expect(forms.length).toBe(2);
  for (const action of forms) {
    for (const intent of ["{", "gibt_es_nicht", '{"type":"remove","payload":{"name":"phones","index":-1}}', '{"type":"x"}']) {
      const response = await post(action, baseURL!, [["offerId", "x"], ["__intent__", intent]]);
      expect(await actionProblems(action, `__intent__=${intent}`, response)).toEqual([]);
      expect(response.status()).toBe(200);
    }
  }
});

/** A sign-in form post from `address` (limits count per client), with the redirects next-auth answers with, followed. */
async function signIn(baseURL: string, address: string, form: (csrfToken: string) => Record<string, string>) {
  const site = baseURL.replace("//localhost:", "//127.0.0.1:");
  const csrf = await send(`${site}/api/auth/csrf`, { localAddress: address });
  const cookie = [csrf.headers["set-cookie"] ?? []].flat().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const headers = { cookie, "content-type": "application/x-www-form-urlencoded", host: new URL(baseURL).host };
  const first = await send(`${site}/api/auth/callback/credentials`, { method: "POST", headers, body: new URLSearchParams(form(csrfToken)).toString(), localAddress: address });
  const hops: string[] = [];
  let last = first;
  while (last.headers.location && hops.length < 5) {
    hops.push(last.headers.location);
    last = await send(new URL(last.headers.location, site).toString(), { headers: { cookie }, localAddress: address });
  }
  return { first: asResponse(first), last: asResponse(last), hops, csrfToken };
}

test("sign-in with hostile values answers with the sign-in page and a message", async ({ baseURL }) => {
  test.setTimeout(90_000);
  // From a loopback address of its own: the attempts count against it, not the other specs' 127.0.0.1.
  const address = otherLoopbackAddress();
  const values = [LONG_10001, ...HOSTILE_VALUES.filter((v) => v.text.length < 1000).map((v) => v.text)];
  for (const value of values) {
    // A valid CSRF token: the sign-in page with an error (wrong credentials, or too many attempts
    // on a rerun). A hostile one: next-auth's CSRF check sends back to the sign-in page (without a
    // message: it is no person's mistake).
    for (const [validToken, expected] of [[true, /\/anmelden\?.*error=/], [false, /\/anmelden\?callbackUrl=/]] as const) {
      const { first, last, hops } = await signIn(baseURL!, address, (csrfToken) => ({
        email: validToken ? value : `${value}@example.org`,
        password: validToken ? value : "x",
        csrfToken: validToken ? csrfToken : value,
        callbackUrl: `${baseURL}/konto`,
      }));
      const label = `sign-in ${JSON.stringify(value.slice(0, 40))} ${validToken ? "" : "as CSRF token"}`;
      expect(await problemsOf(label, first)).toEqual([]);
      expect(first.status(), label).toBe(302);
      expect(hops.at(-1), `${label} ${hops.join(" -> ")}`).toMatch(expected);
      expect(await problemsOf(label, last)).toEqual([]);
      if (validToken) expect(messageCount(await last.text()), label).toBeGreaterThan(0);
    }
  }
});

test.describe("findings of the attack probe", () => {
  test("a 2 MB field in every action answers 413, not 500 (a page taking files: its form with a message)", async ({ baseURL }) => {
    const problems = await inParallel(setup.actions.map((action) => async () => {
      const response = await post(action, baseURL!, [[action.inputs[0] ?? "x", HUGE_2MB]]);
      // A measure's page takes bodies up to 16 MB (evidence documents): the action itself refuses.
      if (action.path === setup.measureHref) return actionProblems(action, "2 MB", response);
      return [...(await problemsOf(`${action.path} 2 MB`, response)), ...(response.status() === 413 ? [] : [`${action.path}: ${response.status()}`])];
    }), 2);
    expect(problems.flat()).toEqual([]);
  });

  test("a hand-made JavaScript call with arguments that are no form answers without a 500", async ({ baseURL }) => {
    // What React's client sends for `action(...args)`: the action's id in a header, the arguments
    // as JSON (text/plain) or as field "0" of a multipart body. Our actions all take a form.
    const idOf = (fields: Record<string, string>) => {
      const plain = Object.keys(fields).find((k) => k.startsWith("$ACTION_ID_"))?.slice("$ACTION_ID_".length);
      const ref = Object.entries(fields).find(([k]) => /^\$ACTION_\d+:0$/.test(k))?.[1];
      return plain ?? (JSON.parse(ref!) as { id: string }).id;
    };
    const bodies = [
      { contentType: "text/plain;charset=UTF-8", data: "[1,2,3]" },
      { contentType: "text/plain;charset=UTF-8", data: '[null,"x",{"a":1}]' },
      multipartBody([["0", '["$undefined",42]']]),
    ];
    const problems = await inParallel(setup.actions.flatMap((action) => bodies.map((b) => async () => {
      const data = "body" in b ? b.body : b.data;
      const response = await action.request.post(action.path, {
        headers: { "content-type": b.contentType, "next-action": idOf(action.fields), accept: "text/x-component", Origin: baseURL! },
        data, maxRedirects: 0,
      });
      return response.status() < 500 ? [] : [`${action.who} ${action.path} ${b.contentType.slice(0, 20)}: ${response.status()}`];
    })), 4);
    expect(problems.flat()).toEqual([]);
  });

  test("sign-in with a callbackUrl that is no URL does not answer 500", async ({ baseURL }) => {
    const { first } = await signIn(baseURL!, otherLoopbackAddress(), (csrfToken) => ({ email: "x@example.org", password: "x", csrfToken, callbackUrl: "foo" }));
    expect(await problemsOf("sign-in callbackUrl=foo", first)).toEqual([]);
  });
});
