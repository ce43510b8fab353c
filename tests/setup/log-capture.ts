import { vi } from "vitest";

export type LogLine = { time: string; level: string; event: string; message?: string } & Record<string, unknown>;

/**
 * Captures the JSON lines server/log.ts writes to stdout (and keeps them off the test output).
 * Every line written meanwhile must be JSON, or parsing it fails the test.
 */
export function captureLog() {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const lines = () => written.join("").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LogLine);
  return {
    lines,
    /** The messages of one part's lines, e.g. `messages("mail")`. */
    messages: (event: string) => lines().filter((l) => l.event === event).map((l) => String(l.message)),
    clear: () => void (written.length = 0),
    restore: () => spy.mockRestore(),
  };
}
