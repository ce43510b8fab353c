// Builds and starts the Next.js site as a child process of the calling script.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureAuthSecret } from "./auth-secret";
import { DATA_DIR, ROOT, waitFor } from "./services";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export function buildSite() {
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * `nodeArgs`: options for the site's Node process, e.g. `--cpu-prof` (which NODE_OPTIONS may not carry).
 * `hideRequestLog`: drop the site's per-request JSON lines from the output (the benches send
 * thousands of requests; their figures would scroll away), keeping every other line.
 */
export async function startSite(opts: { port: number; env: Record<string, string>; nodeArgs?: string[]; hideRequestLog?: boolean }) {
  const url = `http://localhost:${opts.port}`;
  // next-auth needs a secret under `next start` and its own URL for redirects and invitation links.
  const auth = { NEXTAUTH_SECRET: ensureAuthSecret(DATA_DIR), NEXTAUTH_URL: process.env.NEXTAUTH_URL || url };
  // "localhost", not "127.0.0.1": bound to an IP, Next 16 turns next-intl's rewrite of "/" into a
  // redirect to itself (vercel/next.js#94342).
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), NEXT_BIN, "start", "-p", String(opts.port), "-H", "localhost"], {
    cwd: ROOT,
    stdio: ["inherit", opts.hideRequestLog ? "pipe" : "inherit", "inherit"],
    env: { ...process.env, ...auth, ...opts.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (child.stdout) {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.includes(`"event":"request"`)) console.log(line);
    });
  }
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`the site exited (code ${code})`))),
  );
  await Promise.race([
    waitFor(() => fetch(url).then((r) => r.status < 500, () => false), 60_000, "the site"),
    exited,
  ]);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return { url, child, stop };
}
