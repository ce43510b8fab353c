import "server-only";
import { logMessage, messageOf } from "../server/log";
import pg from "pg";
import { env } from "../server/env";
import { OUTBOX_CHANNEL } from "../server/offers/publish";
import { rebuildIfOutdated } from "./reindex";
import { drainOutbox, pruneOutbox } from "./sync";

/**
 * Keeps the index in step with the database: drains the outbox whenever a publication commits
 * (LISTEN/NOTIFY, so it is searchable well within a second) and every few seconds for retries.
 * Runs inside the site's server process (instrumentation.ts). Returns a stop function.
 */
export function startOutboxWorker(opts: { pollMs?: number; log?: (msg: string) => void; onPublication?: () => void } = {}) {
  const log = opts.log ?? ((msg) => logMessage("warn", "outbox", msg));
  // Told of every publication this process hears of: by NOTIFY (also from scripts such as
  // `npm run import`, which drain the outbox themselves) and by a drain that found rows (NOTIFY
  // missed while the listener was down). The open-data dumps rebuild from it (debounced).
  const published = () => opts.onPublication?.();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const drain = () => {
    if (stopped) return;
    if (running) {
      again = true; // coalesce notifications that arrive during a drain
      return;
    }
    running = drainOutbox()
      .then(({ processed, failed, outdated }) => {
        if (processed) published();
        if (failed) log(`${failed} change(s) could not be indexed; retrying later`);
        if (outdated.length) rebuildOutdated();
      })
      .catch((err) => log(`drain failed: ${messageOf(err)}`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          drain();
        }
      });
  };

  // A replica that came back empty (or was added) is rebuilt, not filled change by change. Not
  // awaited: the drain goes on for the other replicas meanwhile; the reindex lock and its second
  // look keep two processes from rebuilding it twice.
  let rebuilding: Promise<void> | null = null;
  const rebuildOutdated = () => {
    if (rebuilding || stopped) return;
    rebuilding = rebuildIfOutdated()
      .then((rebuilt) => rebuilt.forEach(({ host, reason }) => log(`rebuilt the index on ${host}: it was ${reason}`)))
      .catch((err) => log(`rebuild failed: ${messageOf(err)}`))
      .finally(() => {
        rebuilding = null;
        drain(); // what the rebuilt replica still lacks (rows newer than its snapshot)
      });
  };

  // LISTEN needs its own connection. When it is lost (database restarted, connections cut), retry
  // every few seconds until it is back, polling meanwhile; one failed attempt must not end it.
  let listener: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | undefined;
  let announced = false; // one line per outage, not one per attempt
  const listen = async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    let retrying = false;
    const retry = (err: Error) => {
      if (retrying) return;
      retrying = true;
      if (!announced) log(`cannot LISTEN (${err.message}); polling until it reconnects`);
      announced = true;
      listener = null;
      void client.end().catch(() => {});
      if (!stopped) retryTimer = setTimeout(() => void listen(), 2_000).unref();
    };
    client.on("notification", () => {
      published();
      drain();
    });
    client.on("error", retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      return retry(err instanceof Error ? err : new Error(String(err)));
    }
    if (stopped) return void client.end().catch(() => {});
    listener = client;
    if (announced) log("listening again");
    announced = false;
    drain(); // whatever was published while nobody listened
  };
  void listen();
  const timer = setInterval(drain, opts.pollMs ?? 3_000);
  timer.unref();
  const pruneTimer = setInterval(() => void pruneOutbox().catch((err) => log(`prune failed: ${err.message}`)), 3_600_000);
  pruneTimer.unref();
  drain();

  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(timer);
    clearInterval(pruneTimer);
    await running;
    await rebuilding;
    await listener?.end().catch(() => {});
  };
}
