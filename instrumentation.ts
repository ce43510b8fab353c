// Runs once when the server starts: validate the environment (a bad one stops the start with a
// clear message), record each request's socket address for the rate limits, mark pages as varying
// with Accept-Language, and keep the search index in step with the database, rebuilding it first if an
// update changed what its documents hold (the site answers from the old index meanwhile), and the
// open-data dumps after publications (built at once when missing).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./server/env");
  const { stampSocketAddresses } = await import("./server/http/socket-address");
  stampSocketAddresses();
  const { varyPagesOnLanguage } = await import("./server/http/vary-language");
  varyPagesOnLanguage();
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxWorker } = await import("./search/worker");
    const { rebuildIfOutdated } = await import("./search/reindex");
    const { startDumpScheduler } = await import("./server/hsds/dump-scheduler");
    const dumps = startDumpScheduler();
    startOutboxWorker({ onPublication: dumps.schedule });
    rebuildIfOutdated().then(
      (rebuilt) => rebuilt.forEach(({ host, reason }) => console.error(`[search] rebuilt the index on ${host}: it was ${reason}`)),
      (err) => console.error(`[search] could not check the index's shape: ${err instanceof Error ? err.message : err}`),
    );
  }
}
