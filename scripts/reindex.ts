// `npm run reindex`: rebuilds the Meilisearch index from the database and swaps it in atomically.
import cliProgress from "cli-progress";
import { withServices } from "./lib/services";

await withServices(async () => {
  const { reindex } = await import("../search/reindex");
  const bar = new cliProgress.SingleBar(
    { format: "indexing [{bar}] {value}/{total} offers", noTTYOutput: true, notTTYSchedule: 2_000 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  const result = await reindex({
    onStart: (total) => bar.start(total, 0),
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  console.log(`reindexed ${result.indexed} offers in ${((performance.now() - started) / 1000).toFixed(1)} s; replayed ${result.replayed} change(s) made during the rebuild`);
});
