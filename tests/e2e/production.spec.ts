// Production mode as docs/deployment.md has an operator run it: Debian's PostgreSQL and a
// Meilisearch server of its own (tests/e2e/production/servers.ts), the guide's first start (run
// through the operator's shell, with the env file), then two instances of the run's build
// (`npm start`, as the guide's systemd unit) on one database and one Meilisearch. They serve the
// same data, a sign-in on one holds on the other, both drain the outbox while offers are published
// on both at once and database and index still agree document by document; no secret reaches a log
// or a page; and a bad environment stops `npm start` with one line per variable.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/lib/services";
import { startProductionServers, writeEnvFile, type ProductionServers } from "./production/servers";
import { runGuideCommand, startInstance } from "./production/shell";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const ADMIN_EMAIL = "erste.admin@prod.angebotskatalog.invalid";
const ADMIN_PASSWORD = "ein langes Passwort für die Produktion";

let servers: ProductionServers;
let instances: Awaited<ReturnType<typeof startInstance>>[] = [];
/** Everything the guide's commands printed, for the secrets check. */
const commandOutput: string[] = [];
let invitationLink = "";

async function guide(command: string) {
  const result = await runGuideCommand(command, servers.envFile);
  commandOutput.push(result.output);
  expect(result.status, `${command}:\n${result.output}`).toBe(0);
  return result.output;
}

test.beforeAll(async () => {
  test.setTimeout(360_000);
  servers = await startProductionServers();
  // The guide's "Keys": the site's two keys from the master key, written into its env file.
  await guide(`set -a; . '${servers.meiliEnvFile}'; set +a; npm run setup:keys -- --env-file '${servers.envFile}'`);
  const keys = Object.fromEntries(readFileSync(servers.envFile, "utf8").split("\n").map((l) => l.split("=", 2)));
  expect(keys.MEILI_SEARCH_KEY).toMatch(/^\S{16,}$/);
  expect(keys.MEILI_ADMIN_KEY).toMatch(/^\S{16,}$/);
  Object.assign(servers.secrets, { searchKey: keys.MEILI_SEARCH_KEY, adminKey: keys.MEILI_ADMIN_KEY });
  // The guide's first start ("First start"), in its order; `npm ci` and `npm run build` made this
  // checkout and the build the e2e run serves.
  await guide("npm run db:migrate");
  await guide("npm run seed");
  const invited = await guide(`npm run admin:invite -- ${ADMIN_EMAIL}`);
  invitationLink = /https?:\/\/\S+\/einladung\/\S+/.exec(invited)?.[0] ?? "";
  instances = await Promise.all([startInstance(servers.envFile, servers.portA), startInstance(servers.envFile, servers.portB)]);
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await servers?.stop();
});

test("the first start leaves an invitation for the first administrator, and both instances are ready", async () => {
  expect(invitationLink).toContain(`${servers.env.NEXTAUTH_URL}/einladung/`);
  // The guide's "Monitoring" check, on each instance.
  for (const instance of instances) {
    await expect(async () => {
      const { status, output } = await runGuideCommand(`curl -fsS ${instance.url}/api/ready`, servers.envFile);
      commandOutput.push(output);
      expect(status, output).toBe(0);
    }).toPass({ timeout: 30_000 });
  }
});

test("both instances serve the same offers and the same search", async ({ request }) => {
  const db = new pg.Client({ connectionString: servers.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(`select id, name from "Service" where status = 'active' order by name limit 1`);
  await db.end();
  for (const instance of instances) {
    const page = await request.get(`${instance.url}/angebote/${rows[0].id}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(rows[0].name);
  }
  const hits = async (url: string) => /(\d+) Angebote? gefunden/.exec(await (await request.get(`${url}/?q=Beratung`)).text())?.[1];
  const [a, b] = [await hits(instances[0].url), await hits(instances[1].url)];
  expect(Number(a)).toBeGreaterThan(0);
  expect(b).toBe(a);
});

test("the administrator signs up and in on instance A and is signed in on instance B", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(invitationLink);
  await page.getByLabel("Neues Passwort").fill(ADMIN_PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/anmelden\?eingerichtet=1$/);
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN_EMAIL);
  await page.getByLabel("Passwort", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(`${instances[0].url}/verwaltung/konten`);

  // Instance B has never seen this session: the cookie A set is all it gets.
  const cookies = await context.cookies(instances[0].url);
  expect(cookies.map((c) => c.name)).toContain("next-auth.session-token");
  const other = await browser.newContext({ javaScriptEnabled: false });
  await other.addCookies(cookies.map(({ name, value }) => ({ name, value, url: instances[1].url })));
  const onB = await other.newPage();
  const response = await onB.goto(`${instances[1].url}/verwaltung/konten`);
  expect(response?.status()).toBe(200);
  await expect(onB).toHaveURL(`${instances[1].url}/verwaltung/konten`);
  await expect(onB.getByText(ADMIN_EMAIL).first()).toBeVisible();
  await Promise.all([context.close(), other.close()]);
});

/**
 * Edits the offer's description and status on the instance at `base` and publishes it at once: a
 * resting offer ("Ruht") leaves the index, so the drain deletes as well as writes.
 */
async function publishEdit(page: Page, base: string, id: string, mark: string, status: "Findet statt" | "Ruht") {
  await page.goto(`${base}/meine-angebote/${id}/bearbeiten`);
  const description = page.getByLabel("Beschreibung", { exact: true });
  const text = (await description.inputValue()).replace(/ Stand [AB]\d+$/, "");
  await description.fill(`${text} Stand ${mark}`);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: status });
  await page.getByRole("button", { name: "Sofort veröffentlichen" }).click();
  await expect(page.getByRole("status").first()).toContainText("ist veröffentlicht");
}

test("offers published on both instances at once: database and index agree document by document", async ({ browser }) => {
  test.setTimeout(300_000);
  const db = new pg.Client({ connectionString: servers.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query<{ id: string }>(`select id from "Service" where status = 'active' order by name limit 3`);
  const before = Number((await db.query(`select count(*) from "ServiceVersion"`)).rows[0].count);

  const context = await browser.newContext();
  const signIn = await context.newPage();
  await signIn.goto(`${instances[0].url}/anmelden`);
  await signIn.getByLabel("E-Mail-Adresse").fill(ADMIN_EMAIL);
  await signIn.getByLabel("Passwort", { exact: true }).fill(ADMIN_PASSWORD);
  await signIn.getByRole("button", { name: "Anmelden" }).click();
  await expect(signIn).toHaveURL(/\/verwaltung\/konten$/);
  // The same three offers, edited in turn through A and through B at the same time, each put to
  // rest and back again.
  const EDITS = 8;
  const editor = async (base: string, name: "A" | "B") => {
    const page = await context.newPage();
    for (let i = 0; i < EDITS; i++) {
      const status = (i % 2 === 0) === (name === "A") ? "Findet statt" : "Ruht";
      await publishEdit(page, base, rows[i % rows.length].id, `${name}${i}`, status);
    }
  };
  await Promise.all([editor(instances[0].url, "A"), editor(instances[1].url, "B")]);
  await context.close();
  const after = Number((await db.query(`select count(*) from "ServiceVersion"`)).rows[0].count);
  expect(after - before).toBe(2 * EDITS);
  await db.end();

  // Both instances' workers drained the outbox; a lost or reordered write never heals by itself.
  let diff: { documents: number; missing: string[]; extra: string[]; differing: string[]; fields: string[] } | undefined;
  await expect(async () => {
    const { status, output } = await runGuideCommand("npx tsx --conditions=react-server tests/e2e/production/index-diff.ts", servers.envFile);
    expect(status, output).toBe(0);
    diff = JSON.parse(output.trim().split("\n").at(-1)!);
    expect({ missing: diff!.missing, extra: diff!.extra, differing: diff!.differing }, diff!.fields.join("\n")).toEqual({ missing: [], extra: [], differing: [] });
  }).toPass({ timeout: 60_000, intervals: [1_000] });
  expect(diff!.documents).toBeGreaterThan(50);
});

test("error pages and every log of the run hold no secret", async ({ request }) => {
  // A table locked past the site's lock timeout makes an offer page fail: Next's error page.
  const locker = new pg.Client({ connectionString: servers.superuserUrl.replace(/\/postgres$/, "/katalog") });
  await locker.connect();
  const db = new pg.Client({ connectionString: servers.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(`select id from "Service" where status = 'active' limit 1`);
  await db.end();
  const pages: string[] = [];
  try {
    await locker.query("begin");
    await locker.query(`lock table "Service" in access exclusive mode`);
    const failed = await request.get(`${instances[1].url}/angebote/${rows[0].id}`, { timeout: 60_000 });
    expect(failed.status()).toBe(500);
    pages.push(await failed.text());
  } finally {
    await locker.query("rollback");
    await locker.end();
  }
  for (const path of ["/gibt-es-nicht", "/api/auth/session", "/anmelden"]) pages.push(await (await request.get(`${instances[0].url}${path}`)).text());

  const everything = [...commandOutput, ...instances.map((i) => i.log()), ...pages].join("\n");
  expect(everything.length).toBeGreaterThan(1000);
  for (const [name, secret] of Object.entries(servers.secrets)) {
    expect(everything.includes(secret), `${name} appears in a log or a page`).toBe(false);
  }
});

test("a missing or invalid variable stops npm start with one line per variable and no stack trace", async () => {
  const envFile = path.join(servers.dir, "bad-env");
  const { NEXTAUTH_URL } = servers.env;
  writeEnvFile(envFile, {
    DATABASE_URL: `mysql://katalog:${servers.secrets.dbPassword}@127.0.0.1/katalog`,
    MEILI_HOST: "search.example",
    MEILI_SEARCH_KEY: servers.secrets.searchKey,
    MEILI_ADMIN_KEY: servers.secrets.adminKey,
    NEXTAUTH_SECRET: "kurz",
    NEXTAUTH_URL,
    TRUSTED_PROXIES: "eins",
  });
  writeFileSync(envFile, "# NEXTAUTH_SECRET above is too short, DATABASE_URL the wrong kind\n", { flag: "a" });
  // Before the fix the site printed a stack trace twice and went on running: hence the time limit.
  const { status, output } = await runGuideCommand(`npm start -- -p ${await freePort()} -H localhost`, envFile, 60_000);
  expect(status, output).toBe(1);
  const lines = output.split("\n");
  for (const variable of ["DATABASE_URL", "MEILI_HOST", "NEXTAUTH_SECRET", "TRUSTED_PROXIES"]) {
    expect(lines.filter((l) => l.trimStart().startsWith(`${variable} `)), `${variable}:\n${output}`).toHaveLength(1);
  }
  expect(output).not.toMatch(/^\s+at /m); // no stack trace
  expect(output).not.toContain("instrumentation hook");
  for (const secret of Object.values(servers.secrets)) expect(output.includes(secret)).toBe(false);
});
