import "server-only";
import { isIP } from "node:net";
import { env } from "../env";
import { SOCKET_ADDRESS_HEADER } from "./socket-address";

// The one place that decides which address a request came from (login and error-report limits).
// Next 16 sets X-Forwarded-For from the socket only when the client sent none (`??=` in
// base-server), so the header alone is whatever the client wants it to be. The TCP peer comes
// from our own header, which server/http/socket-address.ts overwrites on every request.

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string): string | undefined {
  const value = source instanceof Headers ? source.get(name) : source?.[name];
  return typeof value === "string" ? value : undefined;
}

/** An address as a stable key: trimmed, IPv4-mapped IPv6 as plain IPv4; null if not an IP. */
function normalize(address: string | undefined): string | null {
  const a = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return a && isIP(a) ? a : null;
}

/**
 * The client among the hops: the socket's peer is hop 0, X-Forwarded-For's last entry hop 1, and
 * so on leftwards; with N trusted proxies the client is hop N (the N-th X-Forwarded-For entry from
 * the right, the one the outermost trusted proxy appended). Fewer hops than proxies (a request
 * that skipped a proxy): the leftmost hop, as Express's "trust proxy" does. Entries left of hop N
 * are the client's own claims and never used.
 */
export function pickClientIp(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxies: number): string | null {
  const hops = [socketAddress, ...(forwardedFor?.split(",") ?? []).reverse()];
  return normalize(hops[Math.min(trustedProxies, hops.length - 1)]);
}

/** The requesting client's IP address per TRUSTED_PROXIES, or null if unknown. */
export function clientIp(headers: HeaderSource): string | null {
  return pickClientIp(header(headers, "x-forwarded-for"), header(headers, SOCKET_ADDRESS_HEADER), env.TRUSTED_PROXIES);
}
