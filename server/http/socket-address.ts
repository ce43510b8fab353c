import "server-only";
import http from "node:http";

/** Our header with the TCP peer's address; only server/http/client-ip.ts reads it. */
export const SOCKET_ADDRESS_HEADER = "x-angebotskatalog-peer";

const STAMPED = Symbol.for("angebotskatalog.stampSocketAddresses");

/**
 * Route handlers, server actions and next-auth's `authorize` see request headers only, never the
 * socket, and Next keeps a client-sent X-Forwarded-For as it is. So every request this process's
 * HTTP server receives gets the TCP peer's address in SOCKET_ADDRESS_HEADER before Next sees it; a
 * value a client sent under that name is always replaced. Patched on the prototype because Next
 * creates its server itself (`next start`, `next dev`); called once from instrumentation.ts.
 */
export function stampSocketAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const peer = req.socket?.remoteAddress;
      if (peer) req.headers[SOCKET_ADDRESS_HEADER] = peer;
      else delete req.headers[SOCKET_ADDRESS_HEADER];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
