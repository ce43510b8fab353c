import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "./db";
import { env } from "./env";

// Every rate limit of the site (sign-in, residents' error reports) counts in PostgreSQL, table
// LoginThrottle (named after its first user), so the limits hold across processes and restarts.
// Taking a point is atomic, so parallel requests count too.

export type RateLimits = { points: number; duration: number; blockDuration?: number };
export type Throttle = { ok: true } | { ok: false; retryAfterMinutes: number };

const globalForLimiters = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterPrisma> };
const limiters = (globalForLimiters.rateLimiters ??= new Map());

/** The limiter for one kind of key (`keyPrefix`), made once per process. */
export function rateLimiter(keyPrefix: string, limits: RateLimits): RateLimiterPrisma {
  let limiter = limiters.get(keyPrefix);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "loginThrottle", keyPrefix, ...limits });
    limiters.set(keyPrefix, limiter);
  }
  return limiter;
}

/** Keys are HMACs: the table holds no e-mail or IP address. */
export const throttleKey = (value: string) => createHmac("sha256", env.NEXTAUTH_SECRET).update(value).digest("hex").slice(0, 40);

/** Takes one point for `value`; refused while its limit is used up. */
export async function takePoint(limiter: RateLimiterPrisma, value: string): Promise<Throttle> {
  try {
    await limiter.consume(throttleKey(value));
    return { ok: true };
  } catch (err) {
    // A refusal rejects with a RateLimiterRes; checked by shape, since the bundled site may hold
    // two copies of the class (instanceof failed under `next start`).
    const msBeforeNext = (err as { msBeforeNext?: unknown } | null)?.msBeforeNext;
    if (typeof msBeforeNext !== "number") throw err;
    return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil(msBeforeNext / 60_000)) };
  }
}
