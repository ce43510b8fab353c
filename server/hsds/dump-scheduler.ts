import "server-only";
import { logMessage, messageOf } from "../log";
import { db } from "../db";
import { env } from "../env";
import { buildDumps, dumpsExist } from "./dumps";

/**
 * Keeps the open-data dumps current in the site's process (instrumentation.ts, next to the outbox
 * worker, which calls `schedule` for every publication it hears of). The first publication of a
 * burst starts a timer of `debounceMs`; publications meanwhile join it, so a burst (an import, a
 * reviewer's busy hour) costs one rebuild, and a dump is never more than about `debounceMs` plus a
 * build behind. Publications during a build schedule one more after it. A failed build is logged
 * and the previous dumps stay. At start, missing dumps are built at once.
 */
export function startDumpScheduler(opts: { debounceMs?: number; log?: (msg: string) => void } = {}) {
  const debounceMs = opts.debounceMs ?? env.DUMP_DEBOUNCE_MS;
  const log = opts.log ?? ((msg) => logMessage(msg.startsWith("could not") ? "error" : "info", "dumps", msg));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const build = () => {
    clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    const started = Date.now();
    running = buildDumps(db)
      .then(({ serviceCount }) => log(`built the dumps: ${serviceCount} services in ${Date.now() - started} ms`))
      .catch((err) => log(`could not build the dumps, the previous ones stay: ${messageOf(err)}`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
      });
  };

  const schedule = () => {
    if (stopped) return;
    if (running) again = true;
    else if (!timer) {
      timer = setTimeout(build, debounceMs);
      timer.unref();
    }
  };

  const ready = dumpsExist(db).then(
    (exist) => {
      if (!exist && !running) build();
    },
    (err) => log(`could not check the dumps: ${messageOf(err)}`),
  );

  return {
    schedule,
    /** Stops scheduling; waits for a build in progress. */
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await ready;
      await running;
    },
  };
}
