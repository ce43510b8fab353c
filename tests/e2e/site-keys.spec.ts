import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ROOT } from "../../scripts/lib/services";
import { startSecondSite } from "./second-site";

// The built site in production mode (the demo the global setup started): it runs with the search
// and admin keys derived from Meilisearch's master key, never the master key itself, refuses to
// start with a key that may manage keys, and answers its health and readiness probes.

const dataDir = () => process.env.E2E_DATA_DIR ?? process.env.ANGEBOTSKATALOG_DATA_DIR ?? path.join(ROOT, ".data");
const services = () =>
  JSON.parse(readFileSync(path.join(dataDir(), "services.json"), "utf8")) as { MEILI_HOST: string; MEILI_SEARCH_KEY: string; MEILI_ADMIN_KEY: string; meiliMasterKey: string };

/** The environment of each process the site at `url` was started with (the site gets NEXTAUTH_URL = its own address). */
function siteEnvironments(url: string) {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environ.includes(`NEXTAUTH_URL=${url}`) && environ.includes("NODE_ENV=production")) found.push(environ.join("\n"));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

test("the site holds the derived keys, which cannot manage keys, and never the master key", async ({ baseURL }) => {
  const s = services();
  expect(s.MEILI_SEARCH_KEY).not.toBe(s.meiliMasterKey);
  expect(s.MEILI_ADMIN_KEY).not.toBe(s.meiliMasterKey);
  for (const key of [s.MEILI_SEARCH_KEY, s.MEILI_ADMIN_KEY]) {
    expect((await fetch(`${s.MEILI_HOST}/keys`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(403);
  }
  const environments = siteEnvironments(new URL(baseURL!).origin);
  test.skip(environments.length === 0, "the site's process cannot be read here (another user's, or on another machine)");
  for (const environ of environments) {
    expect(environ).toContain(`MEILI_ADMIN_KEY=${s.MEILI_ADMIN_KEY}`);
    expect(environ).not.toContain(s.meiliMasterKey);
  }
});

test("a production start with the master key as MEILI_ADMIN_KEY stops with one clear line", async () => {
  const s = services();
  const start = startSecondSite({ MEILI_ADMIN_KEY: s.meiliMasterKey });
  const error = await start.then(
    async (site) => {
      await site.stop();
      return "it started";
    },
    (err: Error) => err.message,
  );
  expect(error).toMatch(/^the second site exited \(1\)/);
  expect(error).toContain(`Refusing to start: MEILI_ADMIN_KEY may manage the keys of Meilisearch at ${s.MEILI_HOST} (the master key?)`);
  expect(error).not.toContain(s.meiliMasterKey);
});

test("/api/health and /api/ready answer JSON that is never cached", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  await expect.poll(async () => (await request.get("/api/ready")).status(), { timeout: 20_000 }).toBe(200);
  const ready = await request.get("/api/ready");
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(ready.headers()["content-type"]).toContain("application/json");
  const body = await ready.json();
  expect(body).toMatchObject({ status: "ok", problems: [], database: { reachable: true }, replicas: [{ replica: 1, reachable: true }] });
  expect(JSON.stringify(body)).not.toContain(services().MEILI_HOST);
});
