// `npm run import -- FILE|FOLDER`: imports HSDS 3.0 services from a JSON file (one service, an array
// or an API page) or a CSV data package folder in one transaction, then updates the search index.
import { runWithDb } from "./lib/run-with-db";

const source = process.argv[2];
if (!source) {
  console.error("usage: npm run import -- FILE.json|CSV_PACKAGE_FOLDER");
  process.exit(2);
}

await runWithDb(async (db) => {
  const { importHsds } = await import("../server/hsds/import");
  const { readHsdsSource } = await import("../server/hsds/source");
  const { drainOutbox, ensureIndex } = await import("../search/sync");
  const result = await importHsds(db, readHsdsSource(source));
  for (const w of result.warnings) console.error(`warning: ${w}`);
  const summary = `imported ${source}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.warnings.length} warning(s)`;
  try {
    await ensureIndex();
    const indexed = await drainOutbox();
    if (indexed.failed) throw new Error(`${indexed.failed} change(s) were refused`);
    console.log(`${summary}; search index updated (${indexed.processed} change(s))`);
    return true;
  } catch (err) {
    // The import has committed: the outbox keeps each change until it reaches the index.
    console.log(summary);
    console.error(`The search index was not updated: ${err instanceof Error ? err.message : String(err)}. The outbox worker or \`npm run reindex\` will catch up.`);
    return false;
  }
});
