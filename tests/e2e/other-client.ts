// Requests to the site from another client address than the tests' usual 127.0.0.1: any address
// of the loopback range works as a source on Linux. Limits per client (login, error reports) can
// then be run into without blocking the other tests, which all come from 127.0.0.1.
import http from "node:http";
import type { BrowserContext } from "@playwright/test";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A fresh loopback address 127.0.x.y (x, y random), so a retry gets a client of its own too. */
export const otherLoopbackAddress = () => `127.0.${1 + Math.floor(Math.random() * 254)}.${2 + Math.floor(Math.random() * 253)}`;

/** One request from `localAddress`, as a client that may lie in its headers. */
export function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers, localAddress: opts.localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** Sends every request of the browser context to `siteOrigin` from `localAddress` instead. */
export async function routeFrom(context: BrowserContext, siteOrigin: string, localAddress: string) {
  await context.route(`${siteOrigin}/**`, async (route) => {
    const request = route.request();
    // The site listens on 127.0.0.1; "localhost" might resolve to ::1, which no 127.x source reaches.
    const reply = await send(request.url().replace("//localhost:", "//127.0.0.1:"), {
      method: request.method(),
      // Host as the browser would send it (Next checks it against Origin for server actions).
      headers: { ...(await request.allHeaders()), host: new URL(request.url()).host },
      body: request.postDataBuffer() ?? undefined,
      localAddress,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.headers)) {
      // The body is passed on whole, so no chunked framing.
      if (value !== undefined && name !== "transfer-encoding" && name !== "connection") headers[name] = Array.isArray(value) ? value.join("\n") : value;
    }
    await route.fulfill({ status: reply.status, headers, body: reply.body });
  });
}
