import "server-only";
import { env } from "../server/env";
import { log } from "../server/log";

/**
 * Runs a search and logs it when it took SLOW_SEARCH_MS or longer: its kind, time, where it was
 * answered and how many hits, never its words or filters (those are the residents' questions).
 */
export async function timedSearch<T extends { mode?: string; total: number }>(kind: "resident" | "hsds", run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - started);
  if (ms >= env.SLOW_SEARCH_MS) log("warn", "slow-search", { kind, ms, mode: result.mode ?? "index", hits: result.total });
  return result;
}
