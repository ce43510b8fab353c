// The production setting of tests/e2e/production.spec.ts, as an operator has it: Debian's
// PostgreSQL 15 (scripts/lib/debian-postgres.ts) with a database owned by a role of its own (not a
// superuser), Meilisearch as a server of its own with a master key that the site never gets (it gets
// a search key and an admin key made from it), and the site's variables in an env file (mode 600)
// as docs/deployment.md describes; the spec makes the keys with `npm run setup:keys` from the
// master key in Meilisearch's own env file. Everything is stopped by pid or process group.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startDebianPostgres } from "../../../scripts/lib/debian-postgres";
import { freePort, startMeilisearch } from "../../../scripts/lib/services";

export type ProductionServers = Awaited<ReturnType<typeof startProductionServers>>;

export async function startProductionServers() {
  const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-prod-"));
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const postgres = await startDebianPostgres({ dataDir: path.join(dir, "postgres"), ephemeral: true });
    stops.push(postgres.stop);
    // What the database's administrator does once (docs/deployment.md, "PostgreSQL").
    const dbPassword = randomBytes(18).toString("hex");
    const superuser = new pg.Client({ connectionString: postgres.url });
    await superuser.connect();
    await superuser.query(`create role katalog login password '${dbPassword}'`);
    await superuser.query("create database katalog owner katalog");
    await superuser.end();
    const databaseUrl = new URL(postgres.url);
    databaseUrl.username = "katalog";
    databaseUrl.password = dbPassword;
    databaseUrl.pathname = "/katalog";

    const meili = await startMeilisearch({ dataDir: path.join(dir, "meilisearch"), quiet: true });
    stops.push(meili.stop);
    // Meilisearch's own env file (its systemd unit's), read only by `npm run setup:keys`.
    const meiliEnvFile = path.join(dir, "meilisearch-env");
    writeEnvFile(meiliEnvFile, { MEILI_MASTER_KEY: meili.key });

    const portA = await freePort();
    const portB = await freePort();
    const env = {
      DATABASE_URL: databaseUrl.toString(),
      MEILI_HOST: meili.host,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      // Both instances stand behind one public address; here that is instance A's.
      NEXTAUTH_URL: `http://localhost:${portA}`,
    };
    const envFile = path.join(dir, "env");
    writeEnvFile(envFile, env);
    return {
      dir,
      env,
      envFile,
      meiliEnvFile,
      portA,
      portB,
      superuserUrl: postgres.url,
      /** Every value that must never appear in a log or a page (the spec adds the derived keys). */
      secrets: { dbPassword, superuserPassword: new URL(postgres.url).password, nextauthSecret: env.NEXTAUTH_SECRET, masterKey: meili.key } as Record<string, string>,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** KEY=value lines, as systemd's EnvironmentFile and `set -a; . FILE; set +a` both read them. */
export function writeEnvFile(file: string, env: Record<string, string>) {
  writeFileSync(file, Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(""), { mode: 0o600 });
}
