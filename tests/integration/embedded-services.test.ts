import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { passwordFileOf } from "../../scripts/lib/postgres-password";
import { startMeilisearch, startPostgres } from "../../scripts/lib/services";

// Finding: the embedded default exposed itself to other local users: PostgreSQL's superuser was
// postgres/postgres, and Meilisearch's master key stood on its command line (visible with `ps`).
// These start the real servers the way the scripts do, on a throwaway folder.

const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-services-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");

async function accepts(url: string, password: string) {
  const u = new URL(url);
  const client = new pg.Client({ host: u.hostname, port: Number(u.port), user: "postgres", password, database: "postgres" });
  try {
    await client.connect();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "28P01") return false;
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("embedded Meilisearch", () => {
  it("gets its master key through the environment: the command line (ps) shows no key", async () => {
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
    try {
      const args = cmdline(meili.pid);
      expect(args[0]).toMatch(/meilisearch$/);
      expect(args.join(" ")).not.toContain(meili.key);
      expect(args).not.toContain("--master-key");
      // The key works: without it Meilisearch refuses.
      expect((await fetch(`${meili.host}/keys`)).status).toBe(401);
      expect((await fetch(`${meili.host}/keys`, { headers: { authorization: `Bearer ${meili.key}` } })).status).toBe(200);
    } finally {
      await meili.stop();
    }
  });
});

describe("embedded PostgreSQL", () => {
  const clusterDir = path.join(dir, "pg");
  const file = passwordFileOf(clusterDir);

  it("gets a generated superuser password, kept beside the cluster readable by the owner only", async () => {
    const postgres = await startPostgres({ dataDir: clusterDir, ephemeral: true, quiet: true });
    try {
      const password = readFileSync(file, "utf8").trim();
      expect(password).toMatch(/^[0-9a-f]{64}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(decodeURIComponent(new URL(postgres.url).password)).toBe(password);
      expect(await accepts(postgres.url, "postgres")).toBe(false);
      expect(await accepts(postgres.url, password)).toBe(true);
    } finally {
      await postgres.stop();
    }
  });

  it("replaces the old default password of a cluster made before, and keeps the data", async () => {
    // Make the cluster look like one initialised by the old code: password "postgres", no file.
    let postgres = await startPostgres({ dataDir: clusterDir, ephemeral: true, quiet: true });
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query("create table kept (v text); insert into kept values ('noch da')");
    await admin.query("alter user postgres password 'postgres'");
    await admin.end();
    await postgres.stop();
    unlinkSync(file);

    postgres = await startPostgres({ dataDir: clusterDir, ephemeral: true, quiet: true });
    try {
      const password = readFileSync(file, "utf8").trim();
      expect(password).not.toBe("postgres");
      expect(await accepts(postgres.url, "postgres")).toBe(false);
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      expect((await client.query("select v from kept")).rows).toEqual([{ v: "noch da" }]);
      await client.end();
    } finally {
      await postgres.stop();
    }
  });
});
