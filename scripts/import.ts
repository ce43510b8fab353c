// `npm run import -- FILE|FOLDER [--crosswalk MAP.csv]`: imports HSDS 3.0 services from a JSON file
// (one service, an array or an API page) or a CSV data package folder in one transaction, then
// updates the search index. The crosswalk CSV (`taxonomy,term,target`) maps another directory's
// terms onto ours, on top of the reviewers' stored crosswalk.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runWithDb } from "./lib/run-with-db";

const USAGE = "usage: npm run import -- FILE.json|CSV_PACKAGE_FOLDER [--crosswalk MAP.csv]";
const args = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { crosswalk: { type: "string" } } });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return process.exit(2);
  }
})();
const [source, ...extra] = args.positionals;
if (!source || extra.length) {
  console.error(USAGE);
  process.exit(2);
}

await runWithDb(async (db) => {
  const { describeTerms, importHsds } = await import("../server/hsds/import");
  const { decodeUtf8, readHsdsSource } = await import("../server/hsds/source");
  const { drainOutbox, ensureIndex } = await import("../search/sync");
  const { rebuildIfOutdated } = await import("../search/reindex");
  const map = args.values.crosswalk;
  const crosswalk = map ? { file: map, text: decodeUtf8(readFileSync(map), map) } : undefined;
  const result = await importHsds(db, readHsdsSource(source), { crosswalk });
  for (const w of result.warnings) console.error(`warning: ${w}`);
  for (const line of describeTerms(result)) console.log(line);
  const summary = `imported ${source}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.unmapped.length} term(s) not mapped, ${result.warnings.length} warning(s)`;
  try {
    await ensureIndex();
    const indexed = await drainOutbox();
    if (indexed.failed) throw new Error(`${indexed.failed} change(s) were refused`);
    // A replica that lost its index is rebuilt, not filled with this import alone.
    if (indexed.outdated.length) await rebuildIfOutdated();
    console.log(`${summary}; search index updated (${indexed.processed} change(s))`);
    return true;
  } catch (err) {
    // The import has committed: the outbox keeps each change until it reaches the index.
    console.log(summary);
    console.error(`The search index was not updated: ${err instanceof Error ? err.message : String(err)}. The outbox worker or \`npm run reindex\` will catch up.`);
    return false;
  }
});
