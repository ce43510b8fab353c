// Faults under a running site: a PostgreSQL table locked by someone else (lock timeout) and a
// database that refuses connections must give a short German error page without details, change
// nothing, and the site must answer normally again once the database does, without a restart;
// with Meilisearch killed the search page answers from the database and says so. The test runs
// its own demo site and servers (it locks, cuts off and kills them), never the run's shared one.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startDemo } from "./demo-process";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let demo: Awaited<ReturnType<typeof startDemo>>;
let admin: pg.Client;
let offer: { id: string; name: string; version: number };

test.beforeAll(async () => {
  test.setTimeout(360_000); // seeds and starts a site of its own
  demo = await startDemo({ build: false });
  // The database server's maintenance database: it stays reachable when the site's is closed.
  const server = new URL(demo.databaseUrl);
  server.pathname = "/postgres";
  admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const app = new pg.Client({ connectionString: demo.databaseUrl });
  await app.connect();
  const { rows } = await app.query(`select id, name, version from "Service" where version > 0 and status = 'active' order by name limit 1`);
  await app.end();
  offer = rows[0];
});

test.afterAll(async () => {
  await admin?.end().catch(() => {});
  await demo?.stop();
});

/** The error page as a browser sees it, and the response's raw text that must reveal nothing. */
async function expectErrorPage(page: import("@playwright/test").Page, path: string) {
  const response = await page.goto(path);
  // Next.js's App Router answers a rendering error with 500; it cannot send 503 from a page.
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Der Dienst ist gerade überlastet" })).toBeVisible();
  await expect(page.getByText("Bitte versuchen Sie es in einigen Minuten noch einmal.")).toBeVisible();
  const raw = await response!.text();
  expect(raw).not.toMatch(/lock timeout|canceling statement|accepting connections|DriverAdapterError|prisma|node_modules|\bat async\b/i);
}

test("a table locked past the lock timeout gives the error page, then the page works again", async ({ page }) => {
  const locker = new pg.Client({ connectionString: demo.databaseUrl });
  await locker.connect();
  try {
    await locker.query("begin");
    await locker.query(`lock table "Service" in access exclusive mode`);
    const started = Date.now();
    await expectErrorPage(page, `${demo.url}/angebote/${offer.id}`);
    expect(Date.now() - started).toBeLessThan(60_000); // bounded by the lock timeout, not hanging
  } finally {
    await locker.query("rollback");
    await locker.end();
  }
  await page.goto(`${demo.url}/angebote/${offer.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.name);
});

test("a database that refuses connections gives the error page, then the page works again", async ({ page }) => {
  const database = new URL(demo.databaseUrl).pathname.slice(1);
  const quoted = `"${database.replaceAll('"', '""')}"`;
  // Closed to new connections, and the site's open ones cut: as after a restart or a full server.
  await admin.query(`alter database ${quoted} allow_connections false`);
  try {
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [database]);
    await expectErrorPage(page, `${demo.url}/angebote/${offer.id}`); // a cut connection
    await expectErrorPage(page, `${demo.url}/angebote/${offer.id}`); // a refused new one
  } finally {
    await admin.query(`alter database ${quoted} allow_connections true`);
  }
  await expect(async () => {
    const response = await page.goto(`${demo.url}/angebote/${offer.id}`);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.name);
  // Nothing changed: the offer is as it was.
  const app = new pg.Client({ connectionString: demo.databaseUrl });
  await app.connect();
  const { rows } = await app.query(`select name, version from "Service" where id = $1`, [offer.id]);
  await app.end();
  expect(rows[0]).toEqual({ name: offer.name, version: offer.version });
});

// Last: this demo's Meilisearch stays dead (the demo's stop() then has nothing left to stop there).
test("with Meilisearch killed, the search page answers from the database and says so", async ({ page }) => {
  process.kill(demo.meiliPid, "SIGKILL");
  const response = await page.goto(`${demo.url}/?q=Beratung`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Die Suche ist gerade eingeschränkt" })).toBeVisible();
  await expect(page.locator("main li h3 a").first()).toBeVisible();
});
