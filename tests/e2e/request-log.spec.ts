import net from "node:net";
import { expect, test } from "@playwright/test";
import { expectSecurityHeaders } from "./helpers";
import { demoServices, startSecondSite } from "./second-site";

// The site's log as an operator's collector reads it: a built site (a second `next start` of the
// run's build) answers a resident's search with a distinctive word, pages, API calls, a 404 and a
// 500 (its database cut off), and every line it prints on stdout after start-up is JSON: one per
// request with the route's pattern, the error with its route and digest, the slow search with its
// time; never the search's words, a path's id, a query string or an address.

const WORD = "Zebrafinkenwort";
const CLIENT_IP = "203.0.113.77";

/** A TCP relay to the demo's PostgreSQL that the test can cut: the site's database "goes away". */
async function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => (client.destroy(), upstream.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    cut: () => (server.close(), sockets.forEach((s) => s.destroy())),
  };
}

type Line = Record<string, unknown> & { time: string; level: string; event: string };

test("every request, error and slow search is one JSON line with its route pattern and nothing of the request", async ({ request }) => {
  test.setTimeout(120_000);
  const relay = await databaseRelay(new URL(demoServices().services.DATABASE_URL));
  const site = await startSecondSite({ DATABASE_URL: relay.url, SLOW_SEARCH_MS: "0", TRUSTED_PROXIES: "1" });
  try {
    const get = (path: string) => request.get(`${site.url}${path}`, { headers: { "X-Forwarded-For": CLIENT_IP }, maxRedirects: 0 });
    const services = await (await get(`/api/hsds/services?search=${WORD}`)).json();
    expect(services.contents).toEqual([]);
    const id = (await (await get("/api/hsds/services?search=Pflegest%C3%BCtzpunkt&minimal=true")).json()).contents[0].id as string;
    const answers: [string, number, string | null][] = [];
    for (const [path, route] of [
      ["/", "/[locale]"],
      [`/?q=${WORD}&handlungsfeld=4`, "/[locale]"],
      [`/angebote/${id}`, "/[locale]/angebote/[id]"],
      [`/en/angebote/${id}?suche=q%3D${WORD}`, "/[locale]/angebote/[id]"],
      [`/api/hsds/services/${id}`, "/api/hsds/services/[id]"],
      ["/gibt-es-nicht", null],
    ] as const) {
      answers.push([path, (await get(path)).status(), route]);
    }
    expect(answers.map(([, status]) => status)).toEqual([200, 200, 200, 200, 200, 404]);

    relay.cut();
    const failed = await get(`/angebote/${id}`);
    expect(failed.status()).toBe(500);
    expectSecurityHeaders(failed);
    expect(failed.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    await expect.poll(() => site.stdout(), { timeout: 15_000 }).toContain('"event":"request-error"');
    await expect.poll(() => site.stdout().split("\n").filter((l) => l.includes('"status":500')).length).toBeGreaterThan(0);

    const out = site.stdout();
    // Next's own start-up banner ("▲ Next.js …", "- Local: …", "✓ Ready in …") is not ours; every other line is JSON.
    const plain = (l: string) => l.replace(/\x1b\[[0-9;]*m/g, "").trim();
    const ours = out.split("\n").filter((l) => l && !/^(▲ Next\.js|- \w|✓ )/.test(plain(l)));
    const lines = ours.map((l) => {
      try {
        return JSON.parse(l) as Line;
      } catch {
        throw new Error(`not a JSON line: ${l}`);
      }
    });
    for (const line of lines) {
      expect(Date.parse(line.time), JSON.stringify(line)).not.toBeNaN();
      expect(["info", "warn", "error"]).toContain(line.level);
    }
    const requests = lines.filter((l) => l.event === "request");
    for (const r of requests) {
      expect(Object.keys(r).sort(), JSON.stringify(r)).toEqual(expect.arrayContaining(["method", "route", "status", "ms"]));
      expect(Object.keys(r).filter((k) => !["time", "level", "event", "method", "route", "status", "ms", "aborted"].includes(k))).toEqual([]);
      // null only for the requests that came while the site was still starting (server/http/request-log.ts)
      expect(r.ms === null || typeof r.ms === "number", JSON.stringify(r)).toBe(true);
    }
    expect(requests.slice(-6).every((r) => typeof r.ms === "number")).toBe(true);
    const seen = requests.map((r) => `${r.method} ${r.route} ${r.status}`);
    for (const [path, status, route] of answers) expect(seen, path).toContain(`GET ${route} ${status}`);
    expect(seen).toContain("GET /api/hsds/services 200");
    expect(seen).toContain("GET /[locale]/angebote/[id] 500");

    // SLOW_SEARCH_MS=0: every search is "slow"; the resident's and the HSDS API's.
    const slow = lines.filter((l) => l.event === "slow-search");
    for (const kind of ["resident", "hsds"]) {
      const line = slow.find((l) => l.kind === kind);
      expect(line, kind).toMatchObject({ level: "warn", mode: "index", hits: 0 });
      expect(typeof line!.ms).toBe("number");
    }

    const errors = lines.filter((l) => l.event === "request-error");
    expect(errors, "one line per failed request").toHaveLength(1);
    const error = errors[0];
    expect(error).toMatchObject({ level: "error", route: "/[locale]/angebote/[id]", routeType: "render" });
    expect(typeof error.message).toBe("string");
    expect(error.digest).toMatch(/^\d+$/);

    // Nothing of the requests themselves: no words, ids, query strings or addresses.
    for (const secret of [WORD, id, CLIENT_IP, "handlungsfeld", "suche="]) expect(out, secret).not.toContain(secret);
    for (const r of requests) expect(String(r.route)).not.toMatch(/[?=]|\d{3}/);
  } finally {
    relay.cut();
    await site.stop();
  }
});
