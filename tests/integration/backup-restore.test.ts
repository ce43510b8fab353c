// Backup and restore with the real CLIs: the demo catalogue with history (drafts, an approval, a
// rejection, an evidence document) is backed up from this file's database, restored into an empty
// database of ANOTHER PostgreSQL server (Debian's postgresql-15, owned by a non-superuser role as in
// production) and another Meilisearch, and every table's rows and every searchable offer are found
// again. A second restore over the now non-empty database is refused and changes nothing.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { seedDatabase } from "../../prisma/seed/index";
import { runPrisma } from "../../scripts/lib/prisma-cli";
import { startDebianPostgres, type DebianPostgres } from "../../scripts/lib/debian-postgres";
import { ROOT, startMeilisearch } from "../../scripts/lib/services";
import type { Db } from "../../server/db";
import { assessIndicator } from "../../server/plan/evidence";
import { approveRevision, rejectRevision } from "../../server/revisions/mutations";
import { setupTestDatabase } from "../setup/database";
import { expectIndexMatchesDatabase } from "../setup/index-agreement";
import { offerForm, submitOfferForm } from "../setup/offer-form";
import { pointAtMeiliServers } from "../setup/meili-override";
import { prismaClientFor } from "../setup/second-database";

const { db } = setupTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-backup-"));
const backups = path.join(dir, "backups");
let target: DebianPostgres;
let targetUrl: string;
let meili: Awaited<ReturnType<typeof startMeilisearch>>;
let restoreMeiliServers: (() => void) | undefined;
let restoredDb: Db;

const run = promisify(execFile);
/**
 * `npm run <script> -- args` as an operator runs it, typed in `dir` (relative paths are theirs);
 * resolves with exit code and output.
 */
async function npm(script: string, args: string[], env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run("npm", ["--prefix", ROOT, "run", "-s", script, "--", ...args], {
      cwd: dir,
      env: { ...process.env, ANGEBOTSKATALOG_DATA_DIR: path.join(dir, "data"), NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/**
 * Of the outbox, the events themselves: their delivery state belongs to the index, and the
 * restore's reindex rightly marks every event up to its snapshot as delivered.
 */
const COMPARED_COLUMNS: Record<string, string[]> = { OutboxEvent: ["id", "serviceId", "version", "createdAt"] };

/** Per table of the database: its row count and a digest of all its rows in a fixed order. */
async function tableDigests(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set timezone = 'UTC'");
    const { rows: tables } = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const row = COMPARED_COLUMNS[name] ? `row(${COMPARED_COLUMNS[name].map((c) => `t.${client.escapeIdentifier(c)}`).join(", ")})` : "t";
      const { rows } = await client.query<{ n: number; digest: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(${row}::text, E'\\n' order by ${row}::text), '')) as digest from ${client.escapeIdentifier(name)} t`,
      );
      digests[name] = `${rows[0].n} rows ${rows[0].digest}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

/** Runs one statement on a database (or the server's maintenance database). */
async function sql(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const migrationNames = () => readdirSync(MIGRATIONS).filter((m) => m !== "migration_lock.toml").sort();

/**
 * A database as the previous release left it: every migration but the newest applied (through a
 * Prisma config of its own that points at a copy of the migrations without the newest).
 */
async function olderReleaseDatabase() {
  const older = path.join(dir, "older-release");
  for (const name of [...migrationNames().slice(0, -1), "migration_lock.toml"]) {
    cpSync(path.join(MIGRATIONS, name), path.join(older, "migrations", name), { recursive: true });
  }
  const config = path.join(older, "prisma.config.ts");
  writeFileSync(
    config,
    `import { cliAdapterFactory } from ${JSON.stringify(path.join(ROOT, "prisma/cli-adapter"))};
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(path.join(ROOT, "prisma/schema.prisma"))},
  migrations: { path: ${JSON.stringify(path.join(older, "migrations"))} },
  adapter: async () => cliAdapterFactory(process.env.DATABASE_URL!),
};
`,
  );
  const name = `older_release_${path.basename(dir).replace(/\W/g, "_").toLowerCase()}`;
  await sql(inject("pgServerUrl"), `create database ${name}`);
  const url = withDatabase(inject("pgServerUrl"), name);
  runPrisma(["migrate", "deploy", "--config", config], { DATABASE_URL: url });
  return { url, drop: () => sql(inject("pgServerUrl"), `drop database if exists ${name}`) };
}

const appliedMigrations = async (url: string) =>
  (await sql(url, "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by 1")).map((r) => r.migration_name as string);

async function sessionUser(email: string) {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, organizationIds: u.memberships.map((m) => m.organizationId) };
}

/** History beyond the seed: a submitted draft, an approved and a rejected revision, evidence. */
async function makeHistory() {
  const provider = await sessionUser("traeger1@demo.angebotskatalog.invalid");
  const reviewer = await sessionUser("planung@demo.angebotskatalog.invalid");
  const offers = await db.service.findMany({ where: { organizationId: { in: provider.organizationIds } }, orderBy: { id: "asc" }, take: 3 });
  const revisions: string[] = [];
  for (const [i, offer] of offers.entries()) {
    const saved = await submitOfferForm(provider, offer.id, await offerForm(provider, offer.id, { description: `Geänderte Beschreibung ${i}: Sprechstunde dienstags.` }));
    if (!saved.ok || !saved.revisionId) throw new Error("the provider's edit was not saved as a draft");
    revisions.push(saved.revisionId);
  }
  await approveRevision(reviewer, revisions[0]);
  expect(await rejectRevision(reviewer, revisions[1], "Bitte die Sprechzeiten ergänzen.")).toMatchObject({ ok: true });
  const indicator = await db.measureIndicator.findFirstOrThrow({ orderBy: { id: "asc" } });
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const document = new File([new Uint8Array(pdf)], "Nachweis.pdf", { type: "application/pdf" });
  expect(await assessIndicator(reviewer, { indicatorId: indicator.id, fulfilled: "ja", assessedOn: "2026-03-02", note: "Konzept liegt vor", document })).toMatchObject({ ok: true });
}

beforeAll(async () => {
  await seedDatabase(db);
  await seedDemoAccounts(db);
  await makeHistory();

  // The other server: a production-like role that owns its database and is no superuser.
  target = await startDebianPostgres({ dataDir: path.join(dir, "debian-pg"), ephemeral: true });
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query("create role katalog login password 'katalog-restore-test'");
  await admin.query("create database katalog owner katalog");
  await admin.query("create database katalog_older owner katalog");
  await admin.end();
  // As on a managed server, the administrator created the extensions the catalogue uses beforehand.
  await sql(withDatabase(target.url, "katalog"), "create extension pg_trgm; create extension pgcrypto");
  targetUrl = `postgresql://katalog:katalog-restore-test@127.0.0.1:${target.port}/katalog`;
  restoredDb = prismaClientFor(targetUrl);
  // Another Meilisearch, which this process's search client then reads for the index comparison.
  meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
  restoreMeiliServers = pointAtMeiliServers([{ host: meili.host, key: meili.key }]);
}, 180_000);

let dropOlderRelease: (() => Promise<unknown>) | undefined;
afterAll(async () => {
  await dropOlderRelease?.();
  await restoredDb?.$disconnect();
  restoreMeiliServers?.();
  await meili?.stop();
  await target?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup, then npm run restore on another server", () => {
  let file: string;
  const restoreEnv = () => ({ DATABASE_URL: targetUrl, MEILI_HOST: meili.host, MEILI_API_KEY: meili.key });

  it("writes one timestamped file, readable by its owner only", async () => {
    const result = await npm("backup", ["--out", "backups"], {});
    expect(result.output).toMatch(/backup written: .*angebotskatalog-\d{8}T\d{6}Z\.dump/);
    expect(result.code).toBe(0);
    const files = readdirSync(backups);
    expect(files).toEqual([expect.stringMatching(/^angebotskatalog-\d{8}T\d{6}Z\.dump$/)]);
    file = path.join("backups", files[0]);
    expect(statSync(path.join(backups, files[0])).mode & 0o777).toBe(0o600);
  }, 120_000);

  it("restores every row of every table and every searchable offer", async () => {
    const result = await npm("restore", [file], restoreEnv());
    expect(result.output).toContain("offers searchable");
    expect(result.code).toBe(0);

    const [source, restored] = await Promise.all([tableDigests(process.env.DATABASE_URL!), tableDigests(targetUrl)]);
    expect(Object.keys(restored)).toEqual(Object.keys(source));
    expect(restored).toEqual(source);
    // Sequences go on where they stood: the next outbox row gets a new id, not one of the restored.
    const sequences = (url: string) => sql(url, "select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1");
    expect(await sequences(targetUrl)).toEqual(await sequences(process.env.DATABASE_URL!));
    // The history is part of what was compared.
    for (const table of ["User", "ServiceRevision", "ServiceVersion", "EvidenceDocument", "IndicatorAssessment"]) {
      expect(source[table], table).not.toMatch(/^0 rows/);
    }
    expect(await restoredDb.serviceRevision.groupBy({ by: ["state"], _count: true, orderBy: { state: "asc" } })).toEqual(
      await db.serviceRevision.groupBy({ by: ["state"], _count: true, orderBy: { state: "asc" } }),
    );

    expect(meili.host).not.toBe(process.env.MEILI_HOST);
    expect(await expectIndexMatchesDatabase(restoredDb)).toBe(await db.service.count({ where: { version: { gt: 0 }, status: "active" } }));
  }, 240_000);

  it("refuses to restore over a database with tables, and changes nothing", async () => {
    const before = await tableDigests(targetUrl);
    const result = await npm("restore", [file], restoreEnv());
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/refused: the database "katalog" is not empty .* Nothing was changed\./);
    expect(result.output).not.toContain("katalog-restore-test");
    expect(await tableDigests(targetUrl)).toEqual(before);
    await expectIndexMatchesDatabase(restoredDb);
  }, 120_000);
});

describe("the embedded default", () => {
  it("without DATABASE_URL backs up the embedded database, started for it and stopped again", async () => {
    const result = await npm("backup", [], { DATABASE_URL: undefined, MEILI_HOST: undefined, ANGEBOTSKATALOG_DATA_DIR: path.join(dir, "embedded") });
    const pid = Number(/PostgreSQL 15 on 127\.0\.0\.1:\d+ \(pid (\d+)\)/.exec(result.output)?.[1]);
    expect(result.output).toContain("stopped the embedded servers this script started");
    expect(() => process.kill(pid, 0)).toThrow();
    expect(result.code).toBe(0);
    // Into backups/ of the data folder, by default.
    expect(readdirSync(path.join(dir, "embedded", "backups"))).toEqual([expect.stringMatching(/^angebotskatalog-\d{8}T\d{6}Z\.dump$/)]);
  }, 120_000);
});

describe("a backup of an older release", () => {
  it("is brought up to date: the migrations it lacks are applied after the restore", async () => {
    const older = await olderReleaseDatabase();
    dropOlderRelease = older.drop;
    expect(await appliedMigrations(older.url)).toEqual(migrationNames().slice(0, -1));
    const out = path.join(dir, "older-backups");
    expect((await npm("backup", ["--out", out], { DATABASE_URL: older.url })).code).toBe(0);

    const targetOlder = withDatabase(targetUrl, "katalog_older");
    const result = await npm("restore", [path.join(out, readdirSync(out)[0])], { DATABASE_URL: targetOlder, MEILI_HOST: meili.host, MEILI_API_KEY: meili.key, MEILI_INDEX: `${process.env.MEILI_INDEX}_older` });
    expect(result.output).toContain("0 offers searchable");
    expect(result.code).toBe(0);
    expect(await appliedMigrations(targetOlder)).toEqual(migrationNames());
  }, 240_000);
});
