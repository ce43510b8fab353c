// Fault: the import process is killed (SIGKILL) in the middle of importing a large HSDS file. The
// file is imported in one transaction, so the database must hold none of its offers; importing it
// again must then complete. The test kills only the import it started (its own process group).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/services";
import { exportHsds } from "../../server/hsds/export";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";

const { db } = setupTestDatabase();
const SERVICES = 400;
const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-import-fault-"));
const file = path.join(dir, "services.json");
const ids: string[] = [];

/** `npm run import -- FILE` against this test file's database and index, in its own process group. */
function startImport() {
  const child = spawn("npm", ["run", "import", "--", file], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running = false;
      resolve(code);
    }),
  );
  return { pid: child.pid!, exited, output: () => output, running: () => running };
}

const servicesOfFile = () => db.service.count({ where: { id: { in: ids } } });

/** Other sessions on this database with an open write transaction (the import's). */
const writingSessions = async () =>
  Number(
    (
      await db.$queryRaw<{ n: bigint }[]>`select count(*) as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`
    )[0].n,
  );

beforeAll(async () => {
  await createReferenceData(db);
  // One exported offer, cloned into a large file with fresh ids for the service and its rows.
  const template = await publishTestOffer(db, offerData({ name: "Vorlage" }));
  const [service] = (await exportHsds(db)).filter((s) => s.id === template);
  const text = JSON.stringify(service);
  const templateIds = [
    service.id,
    ...(service.phones ?? []).map((p) => p.id),
    ...(service.service_at_locations ?? []).flatMap((sl) => [sl.location?.id, ...(sl.schedules ?? []).map((x) => x.id)]),
  ].filter((id): id is string => typeof id === "string");
  const services = Array.from({ length: SERVICES }, (_, i) => {
    let copy = text;
    for (const id of templateIds) copy = copy.replaceAll(id, randomUUID());
    const s = JSON.parse(copy);
    s.name = `Importangebot ${i}`;
    ids.push(s.id);
    return s;
  });
  writeFileSync(file, JSON.stringify(services));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("leaves nothing of the file when the import is killed mid-way, and a second import completes", async () => {
  const first = startImport();
  // The import has started writing (an open write transaction, or rows if it wrote without one).
  const started = async () => !first.running() || (await writingSessions()) + (await servicesOfFile()) > 0;
  await expect.poll(started, { timeout: 60_000, interval: 50 }).toBe(true);
  await new Promise((r) => setTimeout(r, 500));
  expect(first.running(), first.output()).toBe(true);
  process.kill(-first.pid, "SIGKILL");
  expect(await first.exited).toBeNull(); // killed, not finished

  // PostgreSQL rolls the dead session's transaction back.
  await expect.poll(writingSessions, { timeout: 10_000 }).toBe(0);
  expect(await servicesOfFile()).toBe(0);
  expect(await db.serviceVersion.count({ where: { serviceId: { in: ids } } })).toBe(0);
  expect(await db.outboxEvent.count({ where: { serviceId: { in: ids } } })).toBe(0);

  const second = startImport();
  expect(await second.exited, second.output()).toBe(0);
  expect(second.output()).toContain(`${SERVICES} created, 0 updated`);
  expect(await db.service.count({ where: { id: { in: ids }, version: 1 } })).toBe(SERVICES);
  expect(await expectIndexMatchesDatabase(db)).toBe(SERVICES + 1);
}, 300_000);
