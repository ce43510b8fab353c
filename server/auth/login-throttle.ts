import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "../db";
import { env } from "../env";

// Sign-in attempts are counted in PostgreSQL (table LoginThrottle), so the limits hold across
// processes and restarts. Every attempt takes a point before the password is checked (atomic, so
// parallel guesses count too); a successful sign-in gives its points back.
//
// Per address: 5 attempts in 15 minutes, then 15 minutes blocked. Slows guessing one account to
// ~480 tries a day while a person who mistypes a few times is not locked out for long.
// Per IP: 30 attempts an hour, then an hour blocked. Catches one source trying many accounts; high
// enough for an office of several providers behind one address (the city's NAT).
// Blocks are not extended by further attempts, so an attacker cannot keep an account locked for
// longer than one block after they stop.
export const LOGIN_LIMITS = {
  email: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  ip: { points: 30, duration: 60 * 60, blockDuration: 60 * 60 },
} as const;

const limiter = (keyPrefix: string, limits: (typeof LOGIN_LIMITS)[keyof typeof LOGIN_LIMITS]) =>
  new RateLimiterPrisma({ storeClient: db, tableName: "loginThrottle", keyPrefix, ...limits });

const globalForThrottle = globalThis as unknown as { loginLimiters?: { email: RateLimiterPrisma; ip: RateLimiterPrisma } };
const limiters = (globalForThrottle.loginLimiters ??= {
  email: limiter("login-email", LOGIN_LIMITS.email),
  ip: limiter("login-ip", LOGIN_LIMITS.ip),
});

/** Keys are HMACs: the table holds no e-mail or IP address. */
const keyOf = (value: string) => createHmac("sha256", env.NEXTAUTH_SECRET).update(value).digest("hex").slice(0, 40);

export type LoginThrottle = { ok: true } | { ok: false; retryAfterMinutes: number };

/** Counts one sign-in attempt; refuses it while the address or the IP is blocked. */
export async function takeLoginAttempt(email: string, ip: string | null): Promise<LoginThrottle> {
  try {
    await limiters.email.consume(keyOf(email));
    if (ip) await limiters.ip.consume(keyOf(ip));
    return { ok: true };
  } catch (err) {
    // A refusal rejects with a RateLimiterRes; checked by shape, since the bundled site may hold
    // two copies of the class (instanceof failed under `next start`).
    const msBeforeNext = (err as { msBeforeNext?: unknown } | null)?.msBeforeNext;
    if (typeof msBeforeNext !== "number") throw err;
    return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil(msBeforeNext / 60_000)) };
  }
}

/** After a successful sign-in: the address starts afresh, the IP gets its point back. */
export async function forgetLoginAttempts(email: string, ip: string | null): Promise<void> {
  await limiters.email.delete(keyOf(email));
  if (ip) await limiters.ip.reward(keyOf(ip), 1);
}
