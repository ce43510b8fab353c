// One place that stops what a script started, newest first, on normal exit, Ctrl-C or SIGTERM.
type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];
let installed = false;

export function onShutdown(fn: Cleanup) {
  cleanups.push(fn);
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => void runCleanups().finally(() => process.exit(130)));
  }
}

export async function runCleanups() {
  while (cleanups.length) await cleanups.pop()!().catch((err) => console.error(err));
}
