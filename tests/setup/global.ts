// Starts one real PostgreSQL and one real Meilisearch for the whole test run (or uses
// DATABASE_URL / MEILI_HOST if set), migrates a template database once, and stops exactly what it
// started. Each test file then gets its own database cloned from the template (per-file.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { startMeilisearch, startPostgres } from "../../scripts/lib/services";

export const TEMPLATE_DB = "test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    meiliHost: string;
    meiliKey: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-test-"));
  const stops: (() => Promise<void>)[] = [];
  try {
    let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
    if (!serverUrl) {
      const postgres = await startPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, quiet: true });
      stops.push(postgres.stop);
      serverUrl = postgres.url;
    }
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), quiet: true });
    stops.push(meili.stop);

    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = new URL(serverUrl);
    templateUrl.pathname = `/${TEMPLATE_DB}`;
    migrateDeploy(templateUrl.toString());

    project.provide("pgServerUrl", serverUrl);
    project.provide("meiliHost", meili.host);
    project.provide("meiliKey", meili.key);
  } catch (err) {
    for (const stop of stops.reverse()) await stop();
    throw err;
  }

  return async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
}
