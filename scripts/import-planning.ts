// `npm run import:planning -- FILE [FILE...]`: imports need data (population, households and
// indicator CSVs, Planungsraum boundaries as GeoJSON; layouts in README.md). All files are checked
// first and applied in one transaction, or refused with every error; exit code 1 on refusal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { runWithDb } from "./lib/run-with-db";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run import:planning -- FILE.csv|FILE.geojson [FILE...]");
  process.exit(2);
}

await runWithDb(async (db) => {
  const { importNeedData } = await import("../server/need-data/import");
  const { describeErrorWithFile } = await import("../server/need-data/errors");
  const result = await importNeedData(db, files.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) })));
  if (!result.ok) {
    for (const e of result.errors) console.error(describeErrorWithFile(e));
    console.error(`Nichts übernommen: ${result.errors.length} Fehler.`);
    return false;
  }
  for (const s of result.files) {
    const years = s.years.length ? `, Jahre ${s.years.join(", ")}` : "";
    console.log(`${s.file}: ${s.label}, ${s.rows} Zeile(n)${years}, Planungsräume: ${s.areas.join(", ")}`);
  }
  console.log("Alle Dateien übernommen.");
});
