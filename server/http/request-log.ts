import "server-only";
import http from "node:http";
import { log } from "../log";
import { buildRouteMatcher } from "./route-pattern";
import { onEveryRequest } from "./server-requests";

const PATCHED = Symbol.for("angebotskatalog.logRequests");
const STARTED = Symbol.for("angebotskatalog.requestStarted");
const LOGGED = Symbol.for("angebotskatalog.requestLogged");

/** When the request came and its path as the client sent it (Next rewrites `req.url` while routing). */
type Request = http.IncomingMessage & { [STARTED]?: { at: number; url: string | undefined } };
type Response = http.ServerResponse & { [LOGGED]?: true };

/**
 * One JSON line per request when its response closes: method, route pattern, status, duration. No
 * path or query string (search words, tokens), no address, no user: what an operator needs to see
 * load, errors and slow routes, and nothing about who asked for what. The response is patched on
 * its prototype because Next creates its server itself (as ./server-requests.ts); called once from
 * instrumentation.ts. Next runs that only once it is ready, while the first requests already wait:
 * those are logged too (their responses close later), with `ms` null, their start being unknown.
 */
export function logRequests(routeOf = buildRouteMatcher()): void {
  onEveryRequest("request-log", (req: Request) => {
    req[STARTED] = { at: performance.now(), url: req.url };
  });

  const response = http.ServerResponse.prototype as Response & { [PATCHED]?: true };
  if (response[PATCHED]) return;
  response[PATCHED] = true;
  const responseEmit = response.emit;
  response.emit = function (this: Response, event: string | symbol, ...args: unknown[]) {
    if (event === "close" && !this[LOGGED]) {
      this[LOGGED] = true;
      const req = this.req as Request;
      const started = req[STARTED];
      log("info", "request", {
        method: req.method,
        route: routeOf(((started ? started.url : req.url) ?? "/").split("?")[0]),
        status: this.statusCode,
        ms: started ? Math.round((performance.now() - started.at) * 10) / 10 : null,
        // The client went away before the answer was complete.
        aborted: this.writableFinished ? undefined : true,
      });
    }
    return responseEmit.apply(this, [event, ...args] as Parameters<typeof responseEmit>);
  } as typeof response.emit;
}
