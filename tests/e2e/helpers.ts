// Shared by the e2e specs: demo accounts (README), signing in, the axe check, the security headers.
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "demo-passwort";
export const PROVIDER = "traeger1@demo.angebotskatalog.invalid";
export const PROVIDER2 = "traeger2@demo.angebotskatalog.invalid";
export const REVIEWER = "planung@demo.angebotskatalog.invalid";
export const NETWORK_PARTNER = "netzwerk@demo.angebotskatalog.invalid";
export const ADMIN = "admin@demo.angebotskatalog.invalid";
/** The seed's goal in Handlungsfeld 4 and its measure HF4-4 (prisma/seed/plan.ts), for the plan's editing pages. */
export const SEED_GOAL_ID = "299a73b3-2720-487e-9ee1-5f1d3c873d01";
export const SEED_MEASURE_ID = "8504bfe8-35e9-414e-b16b-4c9a01cac3ba";
/**
 * Waits until a resident search for `query` shows `text`. The outbox brings a publication into the
 * index within a second on a quiet machine (npm run bench measures it); on a loaded CI machine,
 * where another worker's synonym or settings task may be queued ahead in Meilisearch, it took over
 * 5 s, so the deadline is generous: the test proves the update arrives, not how fast.
 */
export async function expectSearchFinds(request: APIRequestContext, query: string, text: string) {
  await expect(async () => expect(await (await request.get(`/?q=${encodeURIComponent(query)}`)).text()).toContain(text)).toPass({ timeout: 20_000 });
}

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The page's WCAG 2.1 A/AA violations, one line each ("rule: selectors"); none is what every page must have. */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * How far the page at its current width scrolls sideways (document scrollWidth beyond its
 * clientWidth), and the outermost visible elements that stick out on either side, where the cause
 * is: on a right-to-left page content escapes to the left. What an ancestor clips (a table in its
 * own scrolling region) does not stick out, nor do elements of at most 1x1 px (sr-only text,
 * honeypot fields), which are invisible.
 */
export async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (el: Element | null) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      let [left, right] = [box.left, box.right];
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === "visible") continue;
        const clip = up.getBoundingClientRect();
        [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
      }
      return right - left > 1 && (right > width + 0.5 || left < -0.5);
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => sticksOut(el) && !sticksOut(el.parentElement))
      .slice(0, 4)
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} "${el.textContent?.slice(0, 30)}" → ${Math.round(box.left)}..${Math.round(box.right)} px`;
      });
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
}

/** The page at `width` px scrolls not sideways and nothing sticks out (soft: every page of a loop is reported). */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  const { overflow, culprits } = await sidewaysOverflow(page);
  expect.soft(overflow, `${label}: ${culprits.join("; ")}`).toBeLessThanOrEqual(0);
  expect.soft(culprits, label).toEqual([]);
}

/**
 * The security headers every answer carries, error answers included (next.config.mjs, proxy.ts):
 * a policy that allows no inline script but by nonce, no framing, forms only to this site.
 */
export function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const where = `${response.status()} ${response.url()}`;
  expect(policy, `CSP on ${where}`).toMatch(/(^|; )default-src '(self|none)'/);
  expect(policy, `CSP on ${where}`).toContain("frame-ancestors 'none'");
  expect(/script-src[^;]*'unsafe-inline'/.test(policy), `inline scripts allowed on ${where}: ${policy}`).toBe(false);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toBe("camera=(), microphone=(), geolocation=(self)");
}

/** A fresh browser context signed in as `email`, on the page of its role (the sign-in form works without JavaScript too). */
export async function signedIn(browser: Browser, baseURL: string | undefined, email: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/(meine-angebote|pruefung|fachinfo|verwaltung\/konten)$/);
  return { context, page };
}

/** The hidden `$ACTION…` fields React renders into one server-action form. */
function hiddenActionFields(form: string) {
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  return fields;
}

/**
 * The hidden fields React renders into a server-action form (what a browser without JavaScript
 * posts), read from the page at `path` as `request`'s session sees it. `formMarker` picks the form
 * (text that occurs in its opening tag, e.g. its id); the first server-action form otherwise.
 */
export async function actionFields(request: APIRequestContext, path: string, formMarker = 'encType="multipart/form-data"') {
  const html = await (await request.get(path)).text();
  const start = html.indexOf(formMarker);
  expect(start, `form ${formMarker} on ${path}`).toBeGreaterThanOrEqual(0);
  const fields = hiddenActionFields(html.slice(start, html.indexOf("</form>", start)));
  expect(Object.keys(fields)).toContain("$ACTION_KEY");
  return fields;
}

/** Every distinct server action the page at `path` has a form for, with the fields it posts. */
export async function actionForms(request: APIRequestContext, path: string) {
  return (await actionFormsWithInputs(request, path)).map((form) => form.fields);
}

/** As actionForms, plus the names of the form's own controls (inputs, text areas, selects, buttons). */
export async function actionFormsWithInputs(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const byAction = new Map<string, { fields: Record<string, string>; inputs: string[] }>();
  for (const part of html.split("<form").slice(1)) {
    const form = part.slice(0, part.indexOf("</form>"));
    const fields = hiddenActionFields(form);
    // The action's identity: its id field (plain actions) or its reference (actions with state).
    const names = Object.keys(fields);
    const key = names.find((k) => k.startsWith("$ACTION_ID_")) ?? fields[names.find((k) => /^\$ACTION_\d+:0$/.test(k)) ?? ""];
    const inputs = [...form.matchAll(/<(?:input|textarea|select|button)\b[^>]*?\bname="([^"$][^"]*)"/g)].map((m) => m[1]!);
    if (key && !byAction.has(key)) byAction.set(key, { fields, inputs: [...new Set(inputs)] });
  }
  return [...byAction.values()];
}

/** The page sizes of a PDF (as Chromium's page.pdf writes it) in whole points: A4 is [595, 842]. */
export const pdfPageSizes = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);

/**
 * "Neues Angebot anlegen" on the provider's dashboard; returns the new offer's id, its form open.
 * Name new offers "Gesprächskreis …": that sorts between traeger1's first and last offers, which
 * other specs pick by position.
 */
export async function addNewOffer(page: Page, name: string) {
  await page.goto("/meine-angebote");
  await page.getByLabel("Name des neuen Angebots").fill(name);
  await page.getByRole("button", { name: "Anlegen und weiter zum Formular" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Angebot bearbeiten: ${name}`);
  return /meine-angebote\/([0-9a-f-]{36})\/bearbeiten/.exec(page.url())![1]!;
}
