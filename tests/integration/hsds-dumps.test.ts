// The open-data dumps (issue 15): what /api/hsds/dumps serves is the export of the public set,
// readable by our own import, free of hidden addresses and planner-only data, and rebuilt once
// per burst of publications after the debounce.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "../../app/api/hsds/dumps/[file]/route";
import { GET as getIndex } from "../../app/api/hsds/dumps/route";
import { offers, seedDatabase } from "../../prisma/seed/index";
import { drainOutbox, ensureIndex } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { env } from "../../server/env";
import { PUBLIC_SERVICE_WHERE } from "../../server/hsds/api/public-services";
import { startDumpScheduler } from "../../server/hsds/dump-scheduler";
import { ZIP_FOLDER, buildDumps } from "../../server/hsds/dumps";
import { exportHsds } from "../../server/hsds/export";
import type { HsdsService } from "../../server/hsds/hsds-schema";
import { importHsds } from "../../server/hsds/import";
import { PLANNING_TAXONOMY } from "../../server/hsds/taxonomies";
import { setupTestDatabase } from "../setup/database";
import { offerData, publishTestOffer } from "../setup/fixtures";
import { HOSTILE_VALUES, urlValue } from "../setup/hostile-values";
import { hsdsSchemaErrors } from "../setup/hsds-schemas";

const { db } = setupTestDatabase();
const tmp = mkdtempSync(path.join(tmpdir(), "hsds-dumps-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BASE = "http://localhost/api/hsds/dumps";
const index = async () => (await getIndex(new Request(BASE), undefined)).json() as Promise<{ built_at: string | null; service_count: number; files: { name: string; url: string; size: number }[] }>;
const file = (name: string, init?: RequestInit) => getFile(new Request(`${BASE}/${name}`, init), { params: Promise.resolve({ file: name }) });
const dumpedServices = async () => (await (await file("services.json")).json()) as HsdsService[];
const decodeURIComponentSafe = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const builtLines = (logs: string[]) => logs.filter((l) => l.startsWith("built "));

/** Every file of the CSV dump, unzipped with Debian's unzip (not our zip library) into a fresh folder. */
async function unzipCsvDump() {
  const zip = path.join(tmp, `${randomUUID()}.zip`);
  writeFileSync(zip, Buffer.from(await (await file("hsds-csv.zip")).arrayBuffer()));
  const dir = path.join(tmp, randomUUID());
  const run = spawnSync("unzip", ["-q", zip, "-d", dir], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return path.join(dir, ZIP_FOLDER);
}

beforeAll(async () => {
  await seedDatabase(db);
  await ensureIndex();
  await drainOutbox();
  await buildDumps(db);
}, 300_000);

describe("HSDS dumps", () => {
  it("serve the export of the public services as JSON, listed in the index with sizes and count", async () => {
    const publicCount = await db.service.count({ where: PUBLIC_SERVICE_WHERE });
    expect(publicCount).toBeLessThan(await db.service.count({ where: { version: { gt: 0 } } })); // the seed has paused/closed offers
    const services = await dumpedServices();
    expect(services).toEqual(JSON.parse(JSON.stringify(await exportHsds(db, { where: PUBLIC_SERVICE_WHERE }))));
    expect(services).toHaveLength(publicCount);
    expect(services.flatMap((s) => hsdsSchemaErrors("service", s))).toEqual([]);

    const listed = await index();
    expect(listed.service_count).toBe(publicCount);
    expect(Date.parse(listed.built_at!)).toBeLessThanOrEqual(Date.now());
    for (const name of ["services.json", "services.json.gz", "hsds-csv.zip"]) {
      const body = await (await file(name)).arrayBuffer();
      expect(listed.files).toContainEqual(expect.objectContaining({ name, url: `/api/hsds/dumps/${name}`, size: body.byteLength }));
    }
  });

  it("are the same whatever the chunk size they are built in", async () => {
    const json = await (await file("services.json")).text();
    const dir = await unzipCsvDump();
    await buildDumps(db, { chunkSize: 7 });
    expect(await (await file("services.json")).text()).toBe(json);
    const again = await unzipCsvDump();
    for (const f of readdirSync(dir)) expect(readFileSync(path.join(again, f), "utf8"), f).toBe(readFileSync(path.join(dir, f), "utf8"));
  });

  it("answer with CORS, ETag and 304; unknown files 404, unknown parameters 400", async () => {
    const res = await file("hsds-csv.zip");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="hsds-csv.zip"');
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const again = await file("hsds-csv.zip", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await file("services.json", { method: "HEAD" })).headers.get("etag")).toMatch(/^"/);

    // services.json is stored compressed: offered as services.json.gz as stored, and inflated.
    const plain = await file("services.json");
    const zipped = await file("services.json.gz");
    expect(zipped.headers.get("content-type")).toBe("application/gzip");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(await plain.text());
    expect(zipped.headers.get("etag")).not.toBe(plain.headers.get("etag"));
    const plainEtag = plain.headers.get("etag")!;
    expect((await file("services.json", { headers: { "If-None-Match": plainEtag } })).status).toBe(304);
    expect((await file("services.json.gz", { headers: { "If-None-Match": plainEtag } })).status).toBe(200);
    expect((await file("secrets.json")).status).toBe(404);
    const bad = await getFile(new Request(`${BASE}/services.json?page=2`), { params: Promise.resolve({ file: "services.json" }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "page" });
  });

  it("hostile file names and query parameters get a short 404 or 400, never a 5xx", async () => {
    for (const v of HOSTILE_VALUES) {
      const name = decodeURIComponentSafe(urlValue(v));
      const missing = await getFile(new Request(`${BASE}/${urlValue(v)}`), { params: Promise.resolve({ file: name }) });
      expect(missing.status, v.name).toBe(404);
      expect((await missing.text()).length, v.name).toBeLessThan(500);
      for (const url of [`${BASE}?${urlValue(v)}=1`, `${BASE}?page=${urlValue(v)}`, `${BASE}/services.json?x=${urlValue(v)}`]) {
        const res = url.includes("/services.json") ? await file(`services.json?x=${urlValue(v)}`) : await getIndex(new Request(url), undefined);
        expect(res.status, `${v.name}: ${url.slice(0, 80)}`).toBe(400); // the dumps take no parameter
        expect((await res.text()).length, v.name).toBeLessThan(500);
      }
    }
  });

  it("the zip holds a CSV data package that the import reads back as the same services", async () => {
    const dir = await unzipCsvDump();
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["datapackage.json", "services.csv", "attributes.csv", "locations.csv"]));
    const count = await db.service.count({ where: PUBLIC_SERVICE_WHERE });
    expect(await importHsds(db, dir)).toMatchObject({ created: 0, updated: 0, unchanged: count });
  });

  it("carry no hidden address and no planner-only data", async () => {
    const hidden = offers.filter((o) => o.addressVisibility === "HIDDEN");
    expect(hidden.length).toBeGreaterThan(0);
    const secrets = hidden.flatMap((o) => (o.locations ?? []).flatMap((l) => [l.id, l.street, l.latitude, l.longitude].filter((v) => v != null).map(String)));
    expect(secrets.length).toBeGreaterThan(0);
    // What the planner-only export adds to the public one: attribute ids and the taxonomy.
    const internal = await exportHsds(db, { where: PUBLIC_SERVICE_WHERE, includeInternal: true });
    const publicIds = new Set(JSON.stringify(await exportHsds(db, { where: PUBLIC_SERVICE_WHERE })).match(/[0-9a-f-]{36}/g));
    const internalOnly = [...new Set(JSON.stringify(internal).match(/[0-9a-f-]{36}/g))].filter((id) => !publicIds.has(id));
    expect(internalOnly.length).toBeGreaterThan(0);

    const dir = await unzipCsvDump();
    const texts = [JSON.stringify(await dumpedServices()), ...readdirSync(dir).map((f) => readFileSync(path.join(dir, f), "utf8"))];
    for (const text of texts) {
      for (const secret of [...secrets, ...internalOnly, PLANNING_TAXONOMY.key, PLANNING_TAXONOMY.name]) expect(text).not.toContain(secret);
    }
  });

  it("are rebuilt once after a burst of publications, when the debounce has passed", { timeout: 90_000 }, async () => {
    const DEBOUNCE = 4_000;
    const before = await index();
    const logs: string[] = [];
    const dumps = startDumpScheduler({ debounceMs: DEBOUNCE, log: (m) => logs.push(m) });
    const stopWorker = startOutboxWorker({ onPublication: dumps.schedule, log: (m) => logs.push(m) });
    const organizationId = offers[0]!.organizationId;
    const ids: string[] = [];
    try {
      const started = Date.now();
      for (let i = 1; i <= 3; i++) {
        const data = offerData({ organizationId, name: `Dumptest ${i}`, locations: [], addressVisibility: "NONE" });
        ids.push(await publishTestOffer(db, data as typeof data & { id: string }));
      }
      // Three publications, each its own transaction and NOTIFY, well inside one debounce window.
      expect(Date.now() - started, "the burst took longer than the debounce: the machine is too busy for this test").toBeLessThan(DEBOUNCE / 2);
      await sleep(500);
      expect((await index()).built_at, "not rebuilt before the debounce").toBe(before.built_at);
      await vi.waitFor(() => expect(builtLines(logs)).toHaveLength(1), { timeout: 30_000, interval: 100 });
      await sleep(DEBOUNCE + 1_000); // another debounce window: no second build
      expect(builtLines(logs), logs.join("\n")).toHaveLength(1);
    } finally {
      await stopWorker();
      await dumps.stop();
    }
    const after = await index();
    expect(after.service_count).toBe(before.service_count + 3);
    expect((await dumpedServices()).filter((s) => ids.includes(s.id)).map((s) => s.name).sort()).toEqual(["Dumptest 1", "Dumptest 2", "Dumptest 3"]);
  });

  it("are built at start when missing, and a failed build keeps the previous ones", async () => {
    await db.hsdsDump.deleteMany();
    const logs: string[] = [];
    let dumps = startDumpScheduler({ debounceMs: 100, log: (m) => logs.push(m) });
    await vi.waitFor(() => expect(builtLines(logs)).toHaveLength(1), { timeout: 20_000, interval: 100 });
    await dumps.stop();
    const built = await index();
    expect(built.files.map((f) => f.name).sort()).toEqual(["hsds-csv.zip", "services.json", "services.json.gz"]);

    // A build that cannot write (the table locked by another session until the lock times out).
    dumps = startDumpScheduler({ debounceMs: 100, log: (m) => logs.push(m) });
    const locker = new pg.Client({ connectionString: env.DATABASE_URL });
    await locker.connect();
    try {
      await sleep(500); // the start-up check has seen both dumps
      await locker.query('begin; lock table "HsdsDump" in exclusive mode');
      dumps.schedule();
      await vi.waitFor(() => expect(logs.some((l) => l.startsWith("could not build the dumps, the previous ones stay"))).toBe(true), { timeout: 20_000, interval: 100 });
      await locker.query("rollback");
    } finally {
      await locker.end();
      await dumps.stop();
    }
    expect(builtLines(logs)).toHaveLength(1);
    expect(await index()).toEqual(built);
  });
});
