// Runs the Prisma CLI offline. Prisma looks for its native engines first and would try to download
// them; pointing these variables at any existing file stops that. They are never executed: the
// Wasm schema engine (prisma.config.ts) and the query compiler do the work.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./services";

const PLACEHOLDER = path.join(ROOT, "package.json");

export function runPrisma(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: PLACEHOLDER,
      PRISMA_QUERY_ENGINE_LIBRARY: PLACEHOLDER,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      ...env,
    },
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Applies prisma/migrations to the database at `url`. */
export function migrateDeploy(url: string) {
  runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
}
