import "server-only";
import http from "node:http";

type Hook = (req: http.IncomingMessage) => void;
const HOOKS = Symbol.for("angebotskatalog.requestHooks");

/**
 * Runs `hook` on every request this process's HTTP server receives, before Next sees it. Patched
 * on the prototype, once, because Next creates its server itself (`next start`, `next dev`). Hooks
 * are named, so adding one again (a second call from instrumentation.ts) replaces it.
 */
export function onEveryRequest(name: string, hook: Hook): void {
  const proto = http.Server.prototype as http.Server & { [HOOKS]?: Map<string, Hook> };
  if (!proto[HOOKS]) {
    const hooks = (proto[HOOKS] = new Map());
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") for (const run of hooks.values()) run(args[0] as http.IncomingMessage);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof proto.emit;
  }
  proto[HOOKS].set(name, hook);
}
