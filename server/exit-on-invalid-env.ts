import "server-only";

/**
 * A bad environment stops the start with its report and nothing else: Next would wrap the error
 * ("An error occurred while loading the instrumentation hook") and print its stack, which hides
 * the one line per variable an operator needs. Any other error is Next's to report. (Not in
 * instrumentation.ts itself: Next also builds that file for the Edge runtime, which has no
 * process.exit, and warns about it.)
 */
export function exitOnInvalidEnv(err: unknown): never {
  if (err instanceof Error && err.name === "InvalidEnvError") {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
