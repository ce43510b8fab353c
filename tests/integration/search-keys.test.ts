// The site's Meilisearch keys (search/keys.ts, `npm run setup:keys`) against real Meilisearch
// servers started with a master key: each key can do what the site needs and nothing more, the
// values are the same on every run and every replica, and the CLI writes them for an operator.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startMeilisearch } from "../../scripts/lib/services";
import { offersIndexName } from "../../search/client";
import { keyManagementComplaint } from "../../search/key-guard";
import { canManageKeys, ensureSiteKeys, siteKeyUid, siteKeyValue } from "../../search/keys";
import { reindex } from "../../search/reindex";
import { drainOutbox } from "../../search/sync";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";
import { pointAtMeiliServers } from "../setup/meili-override";

const { db } = setupTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-keys-"));
const MASTER = "keys-test-master-key-0123456789abcdef";
let servers: Awaited<ReturnType<typeof startMeilisearch>>[] = [];
let restore: (() => void) | undefined;
const index = offersIndexName();

/** The HTTP status Meilisearch answers `key` with: what a key may do, without a client's retries. */
async function status(host: string, key: string, method: string, route: string, body?: unknown) {
  const res = await fetch(`${host}${route}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.body?.cancel();
  return res.status;
}

beforeAll(async () => {
  // Two replicas sharing one master key, as an operator runs them.
  servers = [
    await startMeilisearch({ dataDir: path.join(dir, "a"), quiet: true, masterKey: MASTER }),
    await startMeilisearch({ dataDir: path.join(dir, "b"), quiet: true, masterKey: MASTER }),
  ];
  await createReferenceData(db);
  // Another index on the same server, which neither key may touch.
  for (const { host } of servers) expect(await status(host, MASTER, "POST", "/indexes", { uid: "other", primaryKey: "id" })).toBe(202);
}, 120_000);

afterAll(async () => {
  restore?.();
  for (const s of servers) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the site's keys", () => {
  it("are made with fixed uids: the same values on every replica and on every run", async () => {
    const hosts = servers.map((s) => s.host);
    const first = await ensureSiteKeys({ hosts, masterKey: MASTER, index });
    expect(first.report.map((r) => r.outcome)).toEqual(["created", "created", "created", "created"]);
    expect(first.search).toBe(siteKeyValue(MASTER, siteKeyUid("search", index)));
    expect(first.admin).toBe(siteKeyValue(MASTER, siteKeyUid("admin", index)));
    expect(first.search).not.toBe(first.admin);

    const second = await ensureSiteKeys({ hosts, masterKey: MASTER, index });
    expect(second.report.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect([second.search, second.admin]).toEqual([first.search, first.admin]);
    // Another catalogue's index on the same servers gets keys of its own.
    expect(siteKeyUid("search", "other")).not.toBe(siteKeyUid("search", index));
  });

  it("replaces a key of that uid with other rights (Meilisearch cannot change a key's actions): same value", async () => {
    const [{ host }] = servers;
    const uid = siteKeyUid("search", index);
    expect(await status(host, MASTER, "DELETE", `/keys/${uid}`)).toBe(204);
    expect(await status(host, MASTER, "POST", "/keys", { uid, actions: ["*"], indexes: ["*"], expiresAt: null })).toBe(201);
    const value = siteKeyValue(MASTER, uid);
    expect(await canManageKeys(host, value)).toBe(true);

    const keys = await ensureSiteKeys({ hosts: [host], masterKey: MASTER, index });
    expect(keys.report.find((r) => r.role === "search")!.outcome).toBe("replaced");
    expect(keys.search).toBe(value);
    expect(await canManageKeys(host, value)).toBe(false);
  });

  it("refuses a wrong master key with a message naming the server", async () => {
    await expect(ensureSiteKeys({ hosts: [servers[1].host], masterKey: "not-the-master-key-at-all", index })).rejects.toThrow(
      new RegExp(`Meilisearch at ${servers[1].host} refused to set up the search key \\(403 invalid_api_key\\)`),
    );
  });

  it("the search key searches the offers index and nothing else: no writes, no other index, no keys", async () => {
    const { search } = await ensureSiteKeys({ hosts: [servers[0].host], masterKey: MASTER, index });
    const { host } = servers[0];
    expect(await status(host, MASTER, "POST", "/indexes", { uid: index, primaryKey: "id" })).toBe(202);
    await expect.poll(() => status(host, search, "POST", `/indexes/${index}/search`, { q: "" })).toBe(200);
    expect(await status(host, search, "POST", "/multi-search", { queries: [{ indexUid: index, q: "" }] })).toBe(200);
    expect(await status(host, search, "POST", `/indexes/${index}/documents`, [{ id: "x" }])).toBe(403);
    expect(await status(host, search, "PATCH", `/indexes/${index}/settings`, { searchableAttributes: ["id"] })).toBe(403);
    expect(await status(host, search, "POST", "/indexes/other/search", { q: "" })).toBe(403);
    expect(await status(host, search, "GET", "/keys")).toBe(403);
    expect(await canManageKeys(host, search)).toBe(false);
  });

  it("the admin key runs a real reindex (with its swap) and a drain, and cannot list, create or delete keys", async () => {
    const hosts = servers.map((s) => s.host);
    const { search, admin } = await ensureSiteKeys({ hosts, masterKey: MASTER, index });
    restore = pointAtMeiliServers([{ host: servers[0].host, search, admin }]);
    await publishTestOffer(db, offerData({ name: "Schlüsselberatung vor dem Neuaufbau" }));
    const { indexed } = await reindex();
    expect(indexed).toBe(1);
    await publishTestOffer(db, offerData({ name: "Schlüsselberatung nach dem Neuaufbau" }));
    expect(await drainOutbox()).toMatchObject({ processed: 1, failed: 0 });
    await expectIndexMatchesDatabase(db);

    const { host } = servers[0];
    expect(await status(host, admin, "GET", "/keys")).toBe(403);
    expect(await status(host, admin, "POST", "/keys", { actions: ["*"], indexes: ["*"], expiresAt: null })).toBe(403);
    expect(await status(host, admin, "DELETE", `/keys/${siteKeyUid("search", index)}`)).toBe(403);
    expect(await status(host, admin, "POST", "/dumps")).toBe(403);
    expect(await status(host, admin, "POST", "/snapshots")).toBe(403);
    expect(await canManageKeys(host, admin)).toBe(false);
  });

  it("covers every index because Meilisearch hides a swap's task from keys for some indexes only", async () => {
    // Why the admin key is not limited to `<index>` and `<index>_rebuild_*` (search/keys.ts): the
    // reindex waits for its swap task, which such a key cannot see.
    const { host } = servers[1];
    const created = await fetch(`${host}/keys`, {
      method: "POST",
      headers: { authorization: `Bearer ${MASTER}`, "content-type": "application/json" },
      body: JSON.stringify({ actions: ["*"], indexes: ["swap_a", "swap_a_rebuild_*"], expiresAt: null }),
    });
    const { key: scoped } = (await created.json()) as { key: string };
    for (const uid of ["swap_a", "swap_a_rebuild_1"]) expect(await status(host, scoped, "POST", "/indexes", { uid })).toBe(202);
    const swap = await fetch(`${host}/swap-indexes`, {
      method: "POST",
      headers: { authorization: `Bearer ${scoped}`, "content-type": "application/json" },
      body: JSON.stringify([{ indexes: ["swap_a", "swap_a_rebuild_1"] }]),
    });
    const { taskUid } = (await swap.json()) as { taskUid: number };
    await expect.poll(() => status(host, MASTER, "GET", `/tasks/${taskUid}`)).toBe(200);
    expect(await status(host, scoped, "GET", `/tasks/${taskUid}`)).toBe(404);
  });

  it("in production the site would refuse the master key, and accepts its own keys", async () => {
    const { search, admin } = await ensureSiteKeys({ hosts: [servers[0].host], masterKey: MASTER, index });
    const [{ host }] = servers;
    expect(await keyManagementComplaint({ hosts: [host], held: [["MEILI_ADMIN_KEY", admin], ["MEILI_SEARCH_KEY", search]] })).toBeNull();
    expect(await keyManagementComplaint({ hosts: [host], held: [["MEILI_ADMIN_KEY", MASTER], ["MEILI_SEARCH_KEY", search]] })).toBe(
      `Refusing to start: MEILI_ADMIN_KEY may manage the keys of Meilisearch at ${host} (the master key?); give the site the keys of \`npm run setup:keys\` instead.`,
    );
    // A replica that does not answer cannot be checked: the site starts (and searches the database).
    expect(await keyManagementComplaint({ hosts: ["http://127.0.0.1:9"], held: [["MEILI_API_KEY", MASTER]] })).toBeNull();
  });
});

describe("npm run setup:keys", () => {
  it("writes both keys for every replica into the env file (mode 600), keeping its other lines", async () => {
    const file = path.join(dir, "site.env");
    writeFileSync(file, "NEXTAUTH_URL=https://katalog.example\nMEILI_SEARCH_KEY=an-old-key-from-before\n", { mode: 0o644 });
    const run = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/setup-keys.ts"), "--env-file", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "production", MEILI_MASTER_KEY: MASTER, MEILI_HOST: servers.map((s) => s.host).join(","), MEILI_INDEX: index },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toContain(MASTER);
    const search = siteKeyValue(MASTER, siteKeyUid("search", index));
    const admin = siteKeyValue(MASTER, siteKeyUid("admin", index));
    expect(readFileSync(file, "utf8")).toBe(`NEXTAUTH_URL=https://katalog.example\nMEILI_SEARCH_KEY=${search}\nMEILI_ADMIN_KEY=${admin}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const { host } of servers) {
      expect(await status(host, MASTER, "POST", "/indexes", { uid: index, primaryKey: "id" })).toBe(202);
      await expect.poll(() => status(host, search, "POST", `/indexes/${index}/search`, { q: "" })).toBe(200);
      expect(await status(host, admin, "GET", `/indexes/${index}/settings`)).toBe(200);
    }
  });
});
