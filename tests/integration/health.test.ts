// /api/health and /api/ready against real PostgreSQL and two Meilisearch replicas of the test's own,
// reached with the site's search key: stopped one by one, the database closed, the outbox held back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getHealth } from "../../app/api/health/route";
import { GET as getReady } from "../../app/api/ready/route";
import { startMeilisearch } from "../../scripts/lib/services";
import { offersIndexName } from "../../search/client";
import { ensureSiteKeys } from "../../search/keys";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { env } from "../../server/env";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { pointAtMeiliServers } from "../setup/meili-override";

const { db } = setupTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-health-"));
const MASTER = "health-test-master-key-0123456789abcdef";
let servers: Awaited<ReturnType<typeof startMeilisearch>>[] = [];
let restore: (() => void) | undefined;

async function ready() {
  const res = await getReady();
  return { status: res.status, cache: res.headers.get("cache-control"), body: await res.json() };
}

beforeAll(async () => {
  servers = [
    await startMeilisearch({ dataDir: path.join(dir, "a"), quiet: true, masterKey: MASTER }),
    await startMeilisearch({ dataDir: path.join(dir, "b"), quiet: true, masterKey: MASTER }),
  ];
  const keys = await ensureSiteKeys({ hosts: servers.map((s) => s.host), masterKey: MASTER, index: offersIndexName() });
  restore = pointAtMeiliServers(servers.map(({ host }) => ({ host, search: keys.search, admin: keys.admin })));
  await createReferenceData(db);
  await ensureIndex(); // the first replica; the second gets its index with the master key
  await fetch(`${servers[1].host}/indexes`, {
    method: "POST",
    headers: { authorization: `Bearer ${MASTER}`, "content-type": "application/json" },
    body: JSON.stringify({ uid: offersIndexName(), primaryKey: "id" }),
  });
  await publishTestOffer(db, offerData({ name: "Bereitschaftsberatung" }));
}, 120_000);

afterAll(async () => {
  restore?.();
  for (const s of servers) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("/api/health", () => {
  it("answers 200 JSON, never cached, while the process lives", async () => {
    const res = getHealth();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("/api/ready", () => {
  it("is ok with the database, both replicas and the outbox backlog per replica, no hosts and no keys", async () => {
    await expect.poll(async () => (await ready()).body.status, { timeout: 10_000 }).toBe("ok");
    const { status, cache, body } = await ready();
    expect(status).toBe(200);
    expect(cache).toBe("no-store");
    expect(body).toMatchObject({ database: { reachable: true }, problems: [], maxBacklogSeconds: env.READY_MAX_BACKLOG_SECONDS });
    // The offer published above is not indexed yet: one pending change per replica.
    expect(body.replicas).toEqual([
      { replica: 1, reachable: true, pending: 1, oldestAgeSeconds: expect.any(Number) },
      { replica: 2, reachable: true, pending: 1, oldestAgeSeconds: expect.any(Number) },
    ]);
    const text = JSON.stringify(body);
    for (const secret of [MASTER, ...servers.map((s) => s.host), String(new URL(servers[0].host).port), env.DATABASE_URL]) expect(text).not.toContain(secret);

    await drainOutbox();
    expect((await ready()).body.replicas.map((r: { pending: number; oldestAgeSeconds: number | null }) => [r.pending, r.oldestAgeSeconds])).toEqual([[0, null], [0, null]]);
  });

  it("is unavailable (503) when a change has waited longer than READY_MAX_BACKLOG_SECONDS", async () => {
    await publishTestOffer(db, offerData({ name: "Liegengebliebene Änderung" }));
    const old = new Date(Date.now() - (env.READY_MAX_BACKLOG_SECONDS + 60) * 1000);
    await db.outboxEvent.updateMany({ where: { processedAt: null }, data: { createdAt: old } });
    const { status, body } = await ready();
    expect(status).toBe(503);
    expect(body.status).toBe("unavailable");
    expect(body.problems).toEqual([`replica 1 backlog older than ${env.READY_MAX_BACKLOG_SECONDS} s`, `replica 2 backlog older than ${env.READY_MAX_BACKLOG_SECONDS} s`]);
    expect(body.replicas[0].oldestAgeSeconds).toBeGreaterThan(env.READY_MAX_BACKLOG_SECONDS);
    await drainOutbox();
    expect((await ready()).status).toBe(200);
  });

  it("is degraded (200) with one replica down, and unavailable (503) with none answering", async () => {
    await servers[1].stop();
    const one = await ready();
    expect(one.status).toBe(200);
    expect(one.body.status).toBe("degraded");
    expect(one.body.problems).toEqual(["replica 2 unreachable"]);
    expect(one.body.replicas.map((r: { reachable: boolean }) => r.reachable)).toEqual([true, false]);

    await servers[0].stop();
    const none = await ready();
    expect(none.status).toBe(503);
    expect(none.body.status).toBe("unavailable");
    expect(none.body.problems).toEqual(["replica 1 unreachable", "replica 2 unreachable"]);
    expect(none.body.database).toEqual({ reachable: true });
  });

  it("is unavailable (503) when the database refuses connections, and ok again without a restart", async () => {
    const admin = new pg.Client({ connectionString: inject("pgServerUrl") });
    await admin.connect();
    const database = new URL(env.DATABASE_URL).pathname.slice(1);
    const start = Date.now();
    try {
      await admin.query(`alter database ${admin.escapeIdentifier(database)} allow_connections false`);
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [database]);
      const down = await ready();
      expect(down.status).toBe(503);
      expect(down.body.database).toEqual({ reachable: false });
      expect(down.body.problems).toContain("database unreachable");
      expect(down.body.replicas.every((r: { pending: number | null }) => r.pending === null)).toBe(true);
      expect(Date.now() - start).toBeLessThan(10_000); // each check gives up after a few seconds
    } finally {
      await admin.query(`alter database ${admin.escapeIdentifier(database)} allow_connections true`);
      await admin.end();
    }
    await expect.poll(async () => (await ready()).body.database.reachable, { timeout: 15_000 }).toBe(true);
  });
});
