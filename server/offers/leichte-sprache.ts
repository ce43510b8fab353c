import "server-only";
import { LEICHTE_SPRACHE } from "../../i18n/locales";
import { db } from "../db";

// The Leichte Sprache page lists the public offers that have an approved text in Leichte Sprache.
// Only the translation's name and the offer's id are read: nothing about a place can reach it.

export type LeichteSpracheOffer = { id: string; name: string };

/** Public (published, active) offers with an approved Leichte Sprache text, by their Leichte Sprache name. */
export async function listLeichteSpracheOffers(): Promise<LeichteSpracheOffer[]> {
  const rows = await db.serviceTranslation.findMany({
    where: { locale: LEICHTE_SPRACHE, reviewState: "APPROVED", service: { version: { gt: 0 }, status: "active" } },
    select: { serviceId: true, name: true },
  });
  return rows.map((r) => ({ id: r.serviceId, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, "de"));
}
