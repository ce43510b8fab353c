import { describe, expect, it } from "vitest";
import { pickClientIp } from "../../server/http/client-ip";
import { parseEnv } from "../../server/env";

// Which address the rate limits count: the TCP peer with no trusted proxy, else the hop the
// outermost trusted proxy appended to X-Forwarded-For. Whatever a client writes further left is
// its own claim and never counts.

describe("pickClientIp", () => {
  it("takes the socket's peer with 0 trusted proxies, whatever X-Forwarded-For claims", () => {
    expect(pickClientIp(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(pickClientIp("1.2.3.4", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(pickClientIp("1.2.3.4, 5.6.7.8", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("takes the N-th X-Forwarded-For hop from the right with N trusted proxies", () => {
    // One proxy (e.g. nginx with $proxy_add_x_forwarded_for): it appended the client it saw.
    expect(pickClientIp("198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(pickClientIp("1.2.3.4, 198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(pickClientIp("6.6.6.6, 198.51.100.9, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.9");
    expect(pickClientIp(" 6.6.6.6 ,198.51.100.9 ,10.0.0.1 ", "10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("takes the leftmost hop when there are fewer hops than trusted proxies", () => {
    expect(pickClientIp(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(pickClientIp("198.51.100.9", "10.0.0.2", 3)).toBe("198.51.100.9");
  });

  it("knows no client without a socket address (0 proxies) or when the chosen hop is no IP address", () => {
    expect(pickClientIp("1.2.3.4", undefined, 0)).toBeNull();
    expect(pickClientIp("unknown", "10.0.0.2", 1)).toBeNull();
    expect(pickClientIp("1.2.3.4, <script>", "10.0.0.2", 1)).toBeNull();
  });

  it("counts an IPv4 address the same whether it arrives mapped into IPv6 or not; keeps IPv6", () => {
    expect(pickClientIp(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(pickClientIp(undefined, "::1", 0)).toBe("::1");
    expect(pickClientIp("2001:db8::1", "::1", 1)).toBe("2001:db8::1");
  });
});

describe("TRUSTED_PROXIES", () => {
  const base = { DATABASE_URL: "postgresql://u:p@h/db", MEILI_HOST: "http://127.0.0.1:7700", MEILI_API_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) };
  it("defaults to 0 and takes a small whole number", () => {
    expect(parseEnv(base).TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    for (const bad of ["-1", "1.5", "alle", "11"]) expect(() => parseEnv({ ...base, TRUSTED_PROXIES: bad })).toThrowError(/TRUSTED_PROXIES/);
  });
});
