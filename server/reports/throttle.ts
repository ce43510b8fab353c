import "server-only";
import { rateLimiter, takePoint } from "../rate-limit";

// Residents report errors without an account, so the form is open to floods (the honeypot stops
// only simple bots). A resident seldom finds more than one or two wrong entries at a time:
// - per client (IP, see server/http/client-ip.ts): 5 reports an hour, across all offers. Enough
//   for a person going through several entries or a counselling office behind one address; a
//   script gets 5 an hour, about 120 a day.
// - per offer: 20 a day, from everyone together. A real error draws a few reports; 20 is far more
//   than the inbox of one provider needs, and it caps what a flood from many addresses can put
//   there. The price: once reached, further residents are refused for that offer until the day
//   is over (the error has then been reported many times).
// Only stored reports count: a rejected form (too short, bad address) costs nothing.
export const REPORT_LIMITS = {
  client: { points: 5, duration: 60 * 60 },
  offer: { points: 20, duration: 24 * 60 * 60 },
} as const;

export type ReportThrottle = { ok: true } | { ok: false; retryAfterMinutes: number; limit: "client" | "offer" };

/** Counts one report; refuses it while the client's or the offer's limit is used up. */
export async function takeReportPoint(offerId: string, ip: string | null): Promise<ReportThrottle> {
  if (ip) {
    const perClient = await takePoint(rateLimiter("report-client", REPORT_LIMITS.client), ip);
    if (!perClient.ok) return { ...perClient, limit: "client" };
  }
  const perOffer = await takePoint(rateLimiter("report-offer", REPORT_LIMITS.offer), offerId);
  return perOffer.ok ? perOffer : { ...perOffer, limit: "offer" };
}
