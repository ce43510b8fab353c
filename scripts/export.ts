// `npm run export -- FILE [--include-internal]`: writes all published offers as a JSON array of
// HSDS 3.0 services. Hidden addresses are never written; planner-only facts only on request.
import { writeFileSync } from "node:fs";
import { runWithDb } from "./lib/run-with-db";

const args = process.argv.slice(2);
const includeInternal = args.includes("--include-internal");
const [file, ...rest] = args.filter((a) => a !== "--include-internal");
if (!file || rest.length) {
  console.error("usage: npm run export -- FILE.json [--include-internal]");
  process.exit(2);
}

await runWithDb(async (db) => {
  const { exportHsds } = await import("../server/hsds/export");
  const services = await exportHsds(db, { includeInternal });
  writeFileSync(file, `${JSON.stringify(services, null, 2)}\n`);
  console.log(`exported ${services.length} offer(s) to ${file}${includeInternal ? " (with internal planning data)" : ""}`);
});
