// `npm run export -- FILE [--include-internal]`: writes all published offers as a JSON array of
// HSDS 3.0 services; `npm run export -- DIR --format csv` writes them as the HSDS CSV data package
// (datapackage.json + one CSV per table), which `npm run import -- DIR` reads back. Hidden
// addresses are never written; planner-only facts only on request.
import { parseArgs } from "node:util";
import { runWithDb } from "./lib/run-with-db";

const usage = "usage: npm run export -- FILE.json [--format json] | DIR --format csv  [--include-internal]";
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { format: { type: "string", default: "json" }, "include-internal": { type: "boolean", default: false } },
  });
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const format = values.format;
const includeInternal = values["include-internal"];
if (positionals.length !== 1 || (format !== "json" && format !== "csv")) {
  console.error(usage);
  process.exit(2);
}
const target = positionals[0]!;

await runWithDb(async (db) => {
  const { exportHsds } = await import("../server/hsds/export");
  const services = await exportHsds(db, { includeInternal });
  if (format === "csv") {
    const { writeCsvPackage } = await import("../server/hsds/csv");
    writeCsvPackage(target, services);
  } else {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(target, `${JSON.stringify(services, null, 2)}\n`);
  }
  const what = format === "csv" ? "as an HSDS CSV data package in" : "to";
  console.log(`exported ${services.length} offer(s) ${what} ${target}${includeInternal ? " (with internal planning data)" : ""}`);
});
