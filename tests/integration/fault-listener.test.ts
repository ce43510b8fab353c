// Fault: the database cuts the worker's LISTEN connection and refuses new ones for a while (a
// restart, a full server). Once it is back, the outbox worker must LISTEN again, so that a
// publication is searchable at once, not only at the next poll (a minute here). Only this file's
// own database is closed.
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { offersIndex } from "../../search/client";
import { ensureIndex } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { OUTBOX_CHANNEL } from "../../server/offers/publish";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";

const { db } = setupTestDatabase();
const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
const admin = new pg.Client({ connectionString: inject("pgServerUrl") }); // the maintenance database

beforeAll(async () => {
  await admin.connect();
  await createReferenceData(db);
  await ensureIndex();
});

afterAll(async () => {
  await admin.query(`alter database ${database} allow_connections true`);
  await admin.end();
});

const listening = async () =>
  Number(
    (
      await admin.query(`select count(*) as n from pg_stat_activity where datname = $1 and query = $2`, [database, `LISTEN ${OUTBOX_CHANNEL}`])
    ).rows[0].n,
  );

it("listens again after the database was unreachable, so a publication is searchable without waiting for a poll", async () => {
  const logged: string[] = [];
  const stop = startOutboxWorker({ pollMs: 60_000, log: (m) => logged.push(m) }); // no help from polling
  try {
    await expect.poll(listening, { timeout: 10_000 }).toBe(1);
    await admin.query(`alter database ${database} allow_connections false`);
    // Cut the listener's connection (the test's own pool keeps its open ones: closing the database
    // refuses only new connections, which is what every reconnect attempt meets).
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query = $2`, [database, `LISTEN ${OUTBOX_CHANNEL}`]);
    // Longer than one reconnect delay: the first attempts fail.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await listening()).toBe(0);
    await admin.query(`alter database ${database} allow_connections true`);
    await expect.poll(listening, { timeout: 10_000 }).toBe(1);
    expect(logged.filter((m) => /cannot LISTEN/.test(m))).toHaveLength(1);

    const data = offerData({ name: "Nach dem Ausfall veroeffentlicht" });
    await publishTestOffer(db, data);
    await expect.poll(async () => (await offersIndex().search("Ausfall")).hits.map((h) => h.id), { timeout: 10_000, interval: 50 }).toEqual([data.id]);
  } finally {
    await stop();
  }
}, 60_000);
