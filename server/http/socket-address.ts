import "server-only";
import { onEveryRequest } from "./server-requests";

/** Our header with the TCP peer's address; only server/http/client-ip.ts reads it. */
export const SOCKET_ADDRESS_HEADER = "x-angebotskatalog-peer";

/**
 * Route handlers, server actions and next-auth's `authorize` see request headers only, never the
 * socket, and Next keeps a client-sent X-Forwarded-For as it is. So every request this process's
 * HTTP server receives gets the TCP peer's address in SOCKET_ADDRESS_HEADER before Next sees it; a
 * value a client sent under that name is always replaced. Called once from instrumentation.ts.
 */
export function stampSocketAddresses(): void {
  onEveryRequest("socket-address", (req) => {
    const peer = req.socket?.remoteAddress;
    if (peer) req.headers[SOCKET_ADDRESS_HEADER] = peer;
    else delete req.headers[SOCKET_ADDRESS_HEADER];
  });
}
