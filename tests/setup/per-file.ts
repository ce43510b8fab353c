// Runs before each test file, before it imports anything from server/ or search/: gives the file
// its own database (cloned from the migrated template) and its own Meilisearch index.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const suffix = randomBytes(6).toString("hex");
const database = `test_${suffix}`;
const serverUrl = inject("pgServerUrl");

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${database} template test_template`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${database}`;
Object.assign(process.env, {
  DATABASE_URL: url.toString(),
  MEILI_HOST: inject("meiliHost"),
  MEILI_API_KEY: inject("meiliKey"),
  MEILI_INDEX: `offers_${suffix}`,
  NODE_ENV: "test",
  // Sessions, CSRF cookies and throttle keys are signed with it; invitation links use the URL.
  NEXTAUTH_SECRET: "test-secret-for-vitest-only-0123456789abcdef",
  NEXTAUTH_URL: "http://localhost:3000",
});
