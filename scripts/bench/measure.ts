// Timing and memory primitives of `npm run bench`: wall-clock samples in ms, nearest-rank
// percentiles, and the peak resident memory the kernel records per process (VmHWM).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

import type { TimingSummary } from "./types";

export type Summary = TimingSummary;

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function summarize(samples: number[]): Summary {
  return { p50_ms: round1(percentile(samples, 0.5)), p95_ms: round1(percentile(samples, 0.95)), n: samples.length };
}

/** Peak resident set of one process in MB (VmHWM), or null when it is gone. */
export function peakMemoryMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children = children.concat(list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/**
 * Peak resident memory of the largest process in a process tree (`tsx` and `next start` run the
 * real work in a child process; the launcher's own few MB are not the figure asked for).
 */
export function peakTreeMemoryMb(pid: number): number | null {
  const peaks = [pid, ...descendants(pid)].map(peakMemoryMb).filter((x): x is number => x !== null);
  return peaks.length ? Math.max(...peaks) : null;
}

/** Runs a command and samples its tree's peak memory until it exits (VmHWM dies with the process). */
export async function runWatchingMemory(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"], env });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  let peak: number | null = null;
  const sample = () => {
    const mb = peakTreeMemoryMb(child.pid!);
    if (mb !== null) peak = Math.max(peak ?? 0, mb);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.join(" ")} failed (exit ${code})`);
  return { peakMb: peak, stdout };
}
