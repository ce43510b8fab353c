import "server-only";
import { rateLimiter, takePoint, throttleKey, type Throttle } from "../rate-limit";

// Every sign-in attempt takes a point before the password is checked (server/rate-limit.ts); a
// successful sign-in gives its points back.
//
// Per address: 5 attempts in 15 minutes, then 15 minutes blocked. Slows guessing one account to
// ~480 tries a day while a person who mistypes a few times is not locked out for long.
// Per IP: 30 attempts an hour, then an hour blocked. Catches one source trying many accounts; high
// enough for an office of several providers behind one address (the city's NAT). The IP is the
// one server/http/client-ip.ts trusts (TRUSTED_PROXIES).
// Blocks are not extended by further attempts, so an attacker cannot keep an account locked for
// longer than one block after they stop.
export const LOGIN_LIMITS = {
  email: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  ip: { points: 30, duration: 60 * 60, blockDuration: 60 * 60 },
} as const;

const byEmail = () => rateLimiter("login-email", LOGIN_LIMITS.email);
const byIp = () => rateLimiter("login-ip", LOGIN_LIMITS.ip);

export type LoginThrottle = Throttle;

/** Counts one sign-in attempt; refuses it while the address or the IP is blocked. */
export async function takeLoginAttempt(email: string, ip: string | null): Promise<LoginThrottle> {
  const perEmail = await takePoint(byEmail(), email);
  if (!perEmail.ok || !ip) return perEmail;
  return takePoint(byIp(), ip);
}

/** After a successful sign-in: the address starts afresh, the IP gets its point back. */
export async function forgetLoginAttempts(email: string, ip: string | null): Promise<void> {
  await byEmail().delete(throttleKey(email));
  if (ip) await byIp().reward(throttleKey(ip), 1);
}
