import "server-only";
import http from "node:http";
import { log } from "../log";
import { buildRouteMatcher } from "./route-pattern";

const PATCHED = Symbol.for("angebotskatalog.logRequests");

/**
 * One JSON line per request when its response ends: method, route pattern, status, duration. No
 * path or query string (search words, tokens), no address, no user: what an operator needs to see
 * load, errors and slow routes, and nothing about who asked for what. Patched on the prototype
 * because Next creates its server itself, as in server/http/socket-address.ts; called once from
 * instrumentation.ts.
 */
export function logRequests(routeOf = buildRouteMatcher()): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const started = performance.now();
      res.once("close", () =>
        log("info", "request", {
          method: req.method,
          route: routeOf((req.url ?? "/").split("?")[0]),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          // The client went away before the answer was complete.
          aborted: res.writableFinished ? undefined : true,
        }),
      );
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
