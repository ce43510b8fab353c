// The embedded PostgreSQL's superuser password: generated per cluster and kept beside the
// cluster's folder (`<cluster>.password`, mode 600), never a fixed one that any local user could
// try. Beside, not inside: PostgreSQL owns its folder (user "postgres" when run as root).
import pg from "pg";
import { readOrCreateSecret } from "./secret-file";

/** What clusters initialised before generated passwords have (scripts/lib/services.ts, until 2026-12). */
const OLD_DEFAULT = "postgres";

export const passwordFileOf = (clusterDir: string) => `${clusterDir}.password`;

/** The stored password, generated now if the cluster has none yet. */
export const clusterPassword = (clusterDir: string) => readOrCreateSecret(passwordFileOf(clusterDir));

function client(port: number, password: string) {
  return new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres", connectionTimeoutMillis: 5_000 });
}

/** True if the password is accepted, false if PostgreSQL refuses it; other errors throw. */
async function accepts(port: number, password: string): Promise<boolean> {
  const c = client(port, password);
  try {
    await c.connect();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "28P01") return false; // invalid_password
    throw err;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Makes the running cluster's superuser use the stored password. A cluster from before this rule
 * still has the old default: it is accepted this once and replaced at once (ALTER USER).
 * Returns true if the password was replaced.
 */
export async function adoptClusterPassword(port: number, clusterDir: string): Promise<boolean> {
  const password = clusterPassword(clusterDir);
  if (await accepts(port, password)) return false;
  if (!(await accepts(port, OLD_DEFAULT))) {
    throw new Error(
      `PostgreSQL in ${clusterDir} accepts neither the password in ${passwordFileOf(clusterDir)} nor the old default. ` +
        `Restore that file, or stop the site and delete ${clusterDir} (and services.json beside it) to start afresh.`,
    );
  }
  const c = client(port, OLD_DEFAULT);
  await c.connect();
  try {
    await c.query(`alter user postgres password ${c.escapeLiteral(password)}`);
  } finally {
    await c.end();
  }
  return true;
}
