import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, NETWORK_PARTNER, PROVIDER, REVIEWER, signedIn } from "./helpers";

// No page of a role is reachable only by typing its URL: starting at the page a role lands on after
// signing in, following the links of the pages (navigation and in-page links) reaches every page of
// the role's areas, as the files under app/[locale] list them. A new page without a link fails here.

const APP = path.join(process.cwd(), "app/[locale]");

/** Every page route under `group` (a route group such as "(review)"), as a pattern over pathnames. */
function pagesOf(group: string): string[] {
  const dir = path.join(APP, group);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith("page.tsx"))
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}`.replace(/\/\.$/, ""));
}

/** Pages that exist only for data the demo has none of (they are linked where such data is listed). */
const NEEDS_DATA = new Set([
  "/pruefung/[revisionId]", // a submitted draft
  "/pruefung/organisation/[revisionId]", // a submitted organisation change
  "/planung/szenarien/[id]", // a saved scenario
  "/planung/stichtage/[id]", // a saved snapshot
  "/planung/stichtage/vergleich", // two saved snapshots (a GET form on /planung/stichtage)
]);

const ACCOUNT = ["/konto"];
const REVIEW_AREAS = [...pagesOf("(review)"), ...pagesOf("(planner)"), ...pagesOf("(network)"), "/verwaltung/einladungen", ...ACCOUNT];
const ROLES = [
  { email: PROVIDER, landing: "/meine-angebote", pages: [...pagesOf("(provider)"), ...ACCOUNT] },
  { email: NETWORK_PARTNER, landing: "/fachinfo", pages: [...pagesOf("(network)"), ...ACCOUNT] },
  { email: REVIEWER, landing: "/pruefung", pages: REVIEW_AREAS },
  { email: ADMIN, landing: "/verwaltung/konten", pages: [...REVIEW_AREAS, ...pagesOf("(admin)")] },
];

const SIGNED_IN_AREAS = /^\/(konto|meine-angebote|pruefung|fachinfo|planung|verwaltung)(\/|$)/;
const asPattern = (page: string) => new RegExp(`^${page.replace(/\[[^\]]+\]/g, "[^/]+")}$`);

/** A path with its ids as ":id": one offer's edit page stands for all (their links are alike). */
const shapeOf = (target: string) => target.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+/gi, ":id");

/** Every signed-in page reachable from `start` by following links (German pages, no files). */
async function crawl(request: APIRequestContext, start: string) {
  const seen = new Set([start]);
  const shapes = new Set([shapeOf(start)]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const response = await request.get(current);
    expect(response.status(), current).toBe(200);
    // Links, and GET forms (a choice that leads to a page, e.g. the snapshot comparison).
    for (const [, href, action] of (await response.text()).matchAll(/<a [^>]*href="(\/[^"#?]*)|<form method="get" action="(\/[^"#?]*)"/g)) {
      const target = (href ?? action)!.replace(/\/$/, "");
      if (SIGNED_IN_AREAS.test(target) && !target.includes(".") && !shapes.has(shapeOf(target))) {
        shapes.add(shapeOf(target));
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

for (const role of ROLES) {
  test(`every page of ${role.email.split("@")[0]} is reachable from the navigation`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const { context, page } = await signedIn(browser, baseURL, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.landing}$`));
    // The header says who is signed in, with a sign-out, on this page and on residents' pages.
    await expect(page.getByTestId("signed-in-as")).toContainText(`(`);
    await expect(page.locator("header").getByRole("button", { name: "Abmelden" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/impressum");
    await expect(page.locator("header").getByRole("button", { name: "Abmelden" })).toBeVisible();

    const reached = await crawl(context.request, role.landing);
    const unreachable = role.pages.filter((p) => !NEEDS_DATA.has(p) && !reached.some((r) => asPattern(p).test(r)));
    expect(unreachable, `pages without a link for ${role.email}`).toEqual([]);
    await context.close();
  });
}
