import "server-only";
import pg from "pg";
import { env } from "../server/env";
import { OUTBOX_CHANNEL } from "../server/offers/publish";
import { drainOutbox, pruneOutbox } from "./sync";

/**
 * Keeps the index in step with the database: drains the outbox whenever a publication commits
 * (LISTEN/NOTIFY, so it is searchable well within a second) and every few seconds for retries.
 * Runs inside the site's server process (instrumentation.ts). Returns a stop function.
 */
export function startOutboxWorker(opts: { pollMs?: number; log?: (msg: string) => void } = {}) {
  const log = opts.log ?? ((msg) => console.error(`[outbox] ${msg}`));
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
      .then(({ failed }) => {
        if (failed) log(`${failed} change(s) could not be indexed; retrying later`);
      })
      .catch((err) => log(`drain failed: ${err instanceof Error ? err.message : err}`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          drain();
        }
      });
  };

  let listener: pg.Client | null = null;
  const listen = async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    client.on("notification", drain);
    client.on("error", (err) => {
      log(`listener lost (${err.message}); polling until it reconnects`);
      listener = null;
      setTimeout(() => !stopped && void listen().catch(() => {}), 2_000);
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    listener = client;
  };
  void listen().catch((err) => log(`cannot LISTEN (${err.message}); polling only`));
  const timer = setInterval(drain, opts.pollMs ?? 3_000);
  timer.unref();
  const pruneTimer = setInterval(() => void pruneOutbox().catch((err) => log(`prune failed: ${err.message}`)), 3_600_000);
  pruneTimer.unref();
  drain();

  return async () => {
    stopped = true;
    clearInterval(timer);
    clearInterval(pruneTimer);
    await running;
    await listener?.end().catch(() => {});
  };
}
