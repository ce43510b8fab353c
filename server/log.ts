import "server-only";

// The site's log: one JSON object per line on stdout, so a log collector (journald, Loki, a
// container runtime) can parse every line without guessing. Callers pass facts only, never a
// request's query text, a client's address or who is signed in.

export type LogLevel = "info" | "warn" | "error";
type Value = string | number | boolean | null | undefined;

/** One line: `{"time":…,"level":…,"event":…,…fields}`; undefined fields are left out. */
export function log(level: LogLevel, event: string, fields: Record<string, Value> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
}

/** A part's message line (`[outbox] …` before): `{"event":"outbox","message":…}`. */
export const logMessage = (level: LogLevel, event: string, message: string) => log(level, event, { message });

/** An error's message, not its stack (stacks go to Next's own error output). */
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
