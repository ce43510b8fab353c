// Runs once when the server starts: validate the environment (a bad one stops the start with a
// clear message; in production so does a Meilisearch key that may manage keys), record each
// request's socket address for the rate limits, log every request as a JSON line
// (server/http/request-log.ts), mark pages as varying with Accept-Language, and keep the search
// index in step with the database, rebuilding it first if an update changed what its documents
// hold (the site answers from the old index meanwhile), and the open-data dumps after
// publications (built at once when missing).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./server/env").catch(async (err) => (await import("./server/exit-on-invalid-env")).exitOnInvalidEnv(err));
  if (process.env.NODE_ENV === "production") {
    const { refuseKeysThatManageKeys } = await import("./search/key-guard");
    await refuseKeysThatManageKeys();
  }
  const { stampSocketAddresses } = await import("./server/http/socket-address");
  stampSocketAddresses();
  const { logRequests } = await import("./server/http/request-log");
  logRequests();
  const { varyPagesOnLanguage } = await import("./server/http/vary-language");
  varyPagesOnLanguage();
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxWorker } = await import("./search/worker");
    const { rebuildIfOutdated } = await import("./search/reindex");
    const { startDumpScheduler } = await import("./server/hsds/dump-scheduler");
    const dumps = startDumpScheduler();
    startOutboxWorker({ onPublication: dumps.schedule });
    const { logMessage, messageOf } = await import("./server/log");
    rebuildIfOutdated().then(
      (rebuilt) => rebuilt.forEach(({ host, reason }) => logMessage("info", "search", `rebuilt the index on ${host}: it was ${reason}`)),
      (err) => logMessage("error", "search", `could not check the index: ${messageOf(err)}`),
    );
  }
}

/** A page or action that threw: one JSON line (server/http/request-errors.ts). */
export const onRequestError: Instrumentation.onRequestError = async (err, _request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/http/request-errors");
  logRequestError(err, context);
};
