// A Meilisearch of the test's own, for tests that kill it (never the run's shared one): started on
// a temporary folder, killed with SIGKILL by its pid, restarted on the same data and port, and made
// the server search/client.ts talks to.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMeilisearch } from "../../scripts/lib/services";
import { pointAtMeiliServers } from "./meili-override";

/**
 * `connect: false` leaves the process's servers alone (a test of several replicas points at them
 * itself, with pointAtMeiliServers and each server's `host` and `key`, again after a restart).
 */
export async function startPrivateMeilisearch(opts: { connect?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "angebotskatalog-meili-fault-"));
  let server = await startMeilisearch({ dataDir: dir, quiet: true });
  const port = Number(new URL(server.host).port);
  // Each start gets a new master key, so the site's client is replaced along with the server.
  const connect = () => {
    if (opts.connect !== false) pointAtMeiliServers([{ host: server.host, key: server.key }]);
  };
  connect();
  let alive = true;
  return {
    get pid() {
      return server.pid;
    },
    get host() {
      return server.host;
    },
    get key() {
      return server.key;
    },
    /** SIGKILL, as an OOM kill or a crash would; no chance to flush or finish a task. */
    killNow() {
      process.kill(server.pid, "SIGKILL");
      alive = false;
    },
    /** Kills it and waits until the process is gone (its port is free again). */
    async kill() {
      if (alive) this.killNow();
      await server.stop(); // only waits for the exit: the process is dead already
    },
    /** On the same port; `empty`: on an empty disk (a replaced machine), not its own data. */
    async restart(restartOpts: { empty?: boolean } = {}) {
      await server.stop();
      if (restartOpts.empty) rmSync(dir, { recursive: true, force: true });
      server = await startMeilisearch({ dataDir: dir, port, quiet: true });
      alive = true;
      connect();
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
