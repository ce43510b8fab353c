// Runs docs/deployment.md's commands the way the guide has an operator run them: in the project's
// folder, in a shell that has read the site's env file (`set -a; . FILE; set +a`) and nothing else
// of the test's environment (only PATH, HOME and the build folder the e2e run made).
// tests/unit/deployment-guide.test.ts checks that every command of the guide is run somewhere.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, waitFor } from "../../../scripts/lib/services";

function operatorShell(command: string, envFile: string): ChildProcess {
  const keep = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
  };
  // `env -i`: a clean environment, as a login shell or a systemd unit has.
  const assignments = Object.entries(keep).map(([k, v]) => `${k}=${v}`);
  return spawn("env", ["-i", ...assignments, "bash", "-c", `set -a; . '${envFile}'; set +a; ${command}`], {
    cwd: ROOT,
    // Its own process group, so that stopping it stops npm, next and nothing else.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function collect(child: ChildProcess) {
  const out = { text: "" };
  child.stdout!.on("data", (chunk: Buffer) => (out.text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out.text += chunk.toString()));
  return out;
}

/**
 * Runs one command of the guide to its end: exit status and everything it printed. One still
 * running after `timeoutMs` is stopped (its process group) and reported with status null.
 */
export async function runGuideCommand(command: string, envFile: string, timeoutMs = 300_000): Promise<{ status: number | null; output: string }> {
  const child = operatorShell(command, envFile);
  const out = collect(child);
  const timer = setTimeout(() => stopGroup(child.pid!, "SIGKILL"), timeoutMs);
  const status = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearTimeout(timer);
  return { status, output: out.text };
}

function stopGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** What the guide's systemd unit runs (ExecStart, `%i` = the port), until `stop()`. */
export async function startInstance(envFile: string, port: number) {
  const child = operatorShell(`npm start -- -p ${port} -H localhost`, envFile);
  const out = collect(child);
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    stopGroup(child.pid!, "SIGTERM");
    const timer = setTimeout(() => stopGroup(child.pid!, "SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  };
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the instance on ${port} exited (${code}): ${out.text}`))));
  exited.catch(() => {});
  try {
    await Promise.race([waitFor(() => fetch(url).then((r) => r.status < 500, () => false), 120_000, `the instance on ${port}`), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, log: () => out.text, stop };
}
